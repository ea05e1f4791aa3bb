// Placeholder until the screen is built (see the open issue for this feature).
export default function EvidencePage() {
  return <h1>Bukti</h1>;
}
