// Placeholder until the screen is built (see the open issue for this feature).
export default function ResultsPage() {
  return <h1>Hasil</h1>;
}
