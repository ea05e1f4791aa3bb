// Placeholder until the screen is built (see the open issue for this feature).
export default function RosterPage() {
  return <h1>Data SDM</h1>;
}
