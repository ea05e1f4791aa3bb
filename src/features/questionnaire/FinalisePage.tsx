// Placeholder until the screen is built (see the open issue for this feature).
export default function FinalisePage() {
  return <h1>Finalisasi asesmen</h1>;
}
