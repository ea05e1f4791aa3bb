// Placeholder until the screen is built (see the open issue for this feature).
export default function ProfilePage() {
  return <h1>Profil lembaga</h1>;
}
