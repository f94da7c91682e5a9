import { Admin, Resource, localStorageStore, type ResourceProps } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { canRead, canWrite, type Me } from './permissions';
import { theme } from './theme';
import items from './resources/items';
import entities from './resources/entities';
import inspectors from './resources/inspectors';
import conflicts from './resources/conflicts';
import departments from './resources/departments';
import users from './resources/users';
import audit from './resources/audit';

const RESOURCES: ResourceProps[] = [items, entities, inspectors, conflicts, departments, users, audit];

/** The resources of the signed-in role; create and edit pages only where the role may write. */
const resourcesFor = (me: Me | undefined) =>
  RESOURCES.filter((r) => canRead(me, r.name)).map(({ create, edit, ...r }) => (
    <Resource key={r.name} {...r} create={canWrite(me, r.name) ? create : undefined} edit={canWrite(me, r.name) ? edit : undefined} />
  ));

export const App = () => (
  <Admin
    title="双随机、一公开监管平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    darkTheme={null}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    store={localStorageStore('1', 'sxgk-console')}
    requireAuth
    disableTelemetry
  >
    {(me: Me | undefined) => resourcesFor(me)}
  </Admin>
);
