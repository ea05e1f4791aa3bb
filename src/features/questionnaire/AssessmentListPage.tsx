// Placeholder until the screen is built (see the open issue for this feature).
export default function AssessmentListPage() {
  return <h1>Asesmen</h1>;
}
