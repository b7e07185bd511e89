import { NotBuilt } from '../shell/NotBuilt';

export default function BackupsPage() {
  return <NotBuilt />;
}
