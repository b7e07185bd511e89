import { NotBuilt } from '../shell/NotBuilt';

export default function SettingsPage() {
  return <NotBuilt />;
}
