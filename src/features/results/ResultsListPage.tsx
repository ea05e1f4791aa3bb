// Placeholder until the screen is built (see the open issue for this feature).
export default function ResultsListPage() {
  return <h1>Hasil</h1>;
}
