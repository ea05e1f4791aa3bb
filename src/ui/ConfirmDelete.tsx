/** An inline "are you sure?" for deleting one row (a staff member, an evidence entry): no modal, keyboard friendly. */
export function ConfirmDelete({ label, question, onConfirm, onCancel }: { label: string; question: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="confirm-delete" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Ya, hapus
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Batal
        </button>
      </div>
    </div>
  );
}
