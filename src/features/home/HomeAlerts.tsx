import { BackupReminder } from '../../ui/BackupReminder';
import { ExpiryAlerts } from '../../ui/ExpiryAlerts';
import { OverdueActions } from '../../ui/OverdueActions';
/**
 * ===== ALERTS SLOT (Beranda) =====
 * Other screens' reminders go here: expiring evidence documents, overdue actions, backup reminders.
 * Each helper adds its own small component that reads the database itself and renders nothing when
 * there is nothing to say; list it inside the <section> below. Keep each alert short, with a link to act on it.
 */
export function HomeAlerts() {
  const alerts: React.ReactNode[] = [
    <ExpiryAlerts key="evidence" />,
    <OverdueActions key="actions" />,
    <BackupReminder key="backup" />,
  ];
  if (alerts.length === 0) return null;
  return (
    <section aria-label="Pengingat" className="home-alerts" data-slot="home-alerts">
      {alerts}
    </section>
  );
}
