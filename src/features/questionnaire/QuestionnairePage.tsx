// Placeholder until the screen is built (see the open issue for this feature).
export default function QuestionnairePage() {
  return <h1>Asesmen</h1>;
}
