import { Admin, CustomRoutes, Resource, localStorageStore, reactRouterProvider, type ResourceProps } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { can, canRead, type Me } from './permissions';
import { theme } from './theme';
import items from './resources/items';
import entities from './resources/entities';
import inspectors from './resources/inspectors';
import conflicts from './resources/conflicts';
import departments from './resources/departments';
import users from './resources/users';
import audit from './resources/audit';
import plans from './resources/plans';
import tasks from './resources/tasks';
import draws from './resources/draws';
import targets from './resources/targets';
import plugins from './resources/plugins';
import inspections from './resources/inspections';
import publications from './resources/publications';
import followups from './resources/followups';
import referrals from './resources/referrals';
import calendar from './resources/calendar';
import jobs from './resources/jobs';
import { FormPage } from './forms/FormPage';
import { PasswordPage } from './account/PasswordPage';
import { PublicDrawPage } from './public/PublicDrawPage';
import { pluginPages, pluginResources } from './plugin-parts';

// react-router's Route, through react-admin (the console does not depend on react-router-dom itself)
const { Route } = reactRouterProvider;

const RESOURCES: ResourceProps[] = [items, plans, tasks, draws, targets, inspections, publications, followups, referrals, calendar, entities, inspectors, conflicts, departments, users, plugins, audit, jobs];

/** The resources of the signed-in role; create and edit pages only where the server's matrix grants them. */
const resourcesFor = (me: Me | undefined) => [
  ...RESOURCES.filter((r) => canRead(me, r.name)).map(({ create, edit, ...r }) => (
    <Resource key={r.name} {...r} create={can(me, r.name, 'create') ? create : undefined} edit={can(me, r.name, 'update') ? edit : undefined} />
  )),
  // plugin parts (virtual:sxgk-plugins): their API routes check the session themselves
  ...(me ? pluginResources.map((r) => <Resource key={r.name} {...r} />) : []),
];

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
    {/* 一公开: anyone may open a draw's public record, signed in or not */}
    <CustomRoutes noLayout>
      <Route path="/public/draws/:id" element={<PublicDrawPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/forms/:id" element={<FormPage />} />
      <Route path="/password" element={<PasswordPage />} />
      {pluginPages.map((p) => <Route key={p.path} path={p.path} element={<p.element />} />)}
    </CustomRoutes>
    {(me: Me | undefined) => resourcesFor(me)}
  </Admin>
);
