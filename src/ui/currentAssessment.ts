/** The assessment the user is working on, so Asesmen / Hasil / Laporan in the menu open it directly. */
const KEY = 'swanilai.currentAssessment';

export function getCurrentAssessment(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setCurrentAssessment(id: string): void {
  try {
    localStorage.setItem(KEY, id);
    window.dispatchEvent(new Event('swanilai:current-assessment'));
  } catch {
    // Private mode without storage: the menu falls back to the lists.
  }
}
