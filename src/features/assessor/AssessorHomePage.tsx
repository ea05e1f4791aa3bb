// Placeholder until the screen is built (see the open issue for this feature).
export default function AssessorHomePage() {
  return <h1>Mode asesor</h1>;
}
