/** A labelled progress bar (0–100). `label` is read by screen readers, e.g. "Kelengkapan Aspek KLB". */
export function ProgressBar({ value, label, text }: { value: number; label: string; text?: string }) {
  const pct = Math.max(0, Math.min(100, Number.isFinite(value) ? value : 0));
  const rounded = Math.round(pct);
  return (
    <div className="progress-row">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded}
        aria-valuetext={text ?? `${rounded}%`}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-text">{text ?? `${rounded}%`}</span>
    </div>
  );
}
