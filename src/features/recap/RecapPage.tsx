// Placeholder until the screen is built (see the open issue for this feature).
export default function RecapPage() {
  return <h1>Rekap wilayah</h1>;
}
