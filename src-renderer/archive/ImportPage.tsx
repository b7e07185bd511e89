import { NotBuilt } from '../shell/NotBuilt';

export default function ImportPage() {
  return <NotBuilt />;
}
