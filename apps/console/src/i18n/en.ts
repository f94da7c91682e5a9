import { mergeTranslations, type TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { pluginMessages } from '../plugin-parts';
import { enInspection } from './en-inspection';
import { enRecords } from './en-records';
import { enJobs } from './en-jobs';

// English, switchable from the app bar. Same keys as zh.ts.
const app = {
  app: {
    title: 'Random Inspection Supervision Platform',
    slogan: 'Random selection of inspected entities · random assignment of inspectors · results made public',
    login: { hint: 'Sign in with the account issued by your department', footer: 'Authorised use only; every action is recorded in the audit log' },
    menu: { workbench: 'Workbench', items: 'Inspection items', directories: 'Directories', system: 'Administration' },
    validation: {
      uscc: 'A unified social credit code has 18 digits or capital letters',
      regionCode: 'A region code has 6 digits',
      certificateNo: '1 to 32 letters, digits or hyphens',
      departmentCode: 'Lower-case letters, digits or hyphens, starting with a letter',
      username: 'Lower-case letters, digits, dots, underscores or hyphens',
    },
    common: {
      all: 'All',
      yes: 'Yes',
      no: 'No',
      listed: 'Listed',
      notListed: 'Not listed',
      searchPlaceholder: 'Search',
      allDepartments: 'All departments',
      expired: 'Expired',
    },
    dashboard: {
      greeting: 'Hello, %{name}',
      role: 'Role',
      department: 'Department',
      cityWide: 'City-wide (all departments)',
      shortcuts: 'Shortcuts',
      overview: 'Overview',
      publishedItems: 'Published items',
      draftItems: 'Draft items',
      entities: 'Entities',
      highRisk: 'High-risk (tier D) entities',
      abnormal: 'On the abnormal-operations list',
      inspectors: 'Active inspectors',
      draftsTodo: '%{smart_count} draft item is not yet published. |||| %{smart_count} draft items are not yet published.',
      newItem: 'New inspection item',
      newEntity: 'New entity',
      newInspector: 'New inspector',
      viewItems: 'Inspection item list',
      viewEntities: 'Entity directory',
      viewInspectors: 'Inspector directory',
      viewConflicts: 'Recusals',
      viewAudit: 'Audit log',
      viewUsers: 'User accounts',
    },
    import: {
      button: 'Import',
      title: 'Import %{name}',
      chooseFile: 'Choose file',
      changeFile: 'Choose another',
      noFile: 'No file chosen',
      fileHint: '.xlsx, .xls or .csv with a header row. The import runs in the background; closing this window does not stop it, and its result stays under Background jobs.',
      department: 'Import into department',
      needDepartment: 'Platform administrators must choose a department',
      start: 'Start import',
      uploading: 'Uploading…',
      queued: 'Queued',
      active: 'Importing',
      completed: 'Import completed',
      failed: 'Import failed',
      inserted: 'New',
      updated: 'Updated',
      unchanged: 'Unchanged',
      rejected: 'Rejected',
      total: '%{total} rows processed',
      rejections: 'Error report',
      rejectionsHint: '%{smart_count} row was rejected; download the error report, correct it and import again. |||| %{smart_count} rows were rejected; download the error report, correct them and import again.',
      doneNotice: '%{name} import completed: %{inserted} new, %{unchanged} unchanged, %{rejected} rejected',
      failedNotice: '%{name} import failed: %{error}',
      lost: 'Cannot follow the import: %{error}',
    },
    export: {
      button: 'Export', hint: 'Export the filtered list to Excel (written in the background, downloaded when ready)', running: 'Exporting %{progress}%',
      done: 'Export finished: %{rows} rows, the download has started (Background jobs has it again)', failed: 'Export failed: %{error}',
    },
    items: {
      publish: 'Publish',
      publishTitle: 'Publish inspection item',
      publishConfirm: 'Once published the item is frozen and made public. Publish “%{name}”?',
      published: 'Item published',
      withdraw: 'Withdraw',
      withdrawTitle: 'Withdraw inspection item',
      withdrawConfirm: 'A withdrawn item is no longer public and cannot be used for new inspections. Withdraw “%{name}”?',
      withdrawn: 'Item withdrawn',
      revise: 'Revise',
      reviseTitle: 'Revise inspection item',
      reviseConfirm: 'A new draft version of “%{name}” will be created; once published it replaces the current one. Continue?',
      revised: 'Draft version %{version} created; edit and publish it',
      bulkPublish: 'Publish selected',
      bulkPublishConfirm: 'Published items are frozen and made public. Publish the %{smart_count} selected items? (Only drafts are published.)',
      bulkPublished: '%{smart_count} item published |||| %{smart_count} items published',
      bulkPartial: '%{ok} published, %{failed} not published: %{message}',
      frozen: 'Published or withdrawn items cannot be changed. Use “Revise” on the item page to create a new version.',
      version: 'v%{version}',
      readonlyHint: 'Set by import; not editable here',
      sections: { basic: 'General', basis: 'Legal basis and content', joint: 'Joint inspection', lifecycle: 'Version and status' },
    },
    entities: {
      searchPlaceholder: 'Name or credit code',
      columns: { legalRepresentative: 'Legal rep.', riskTier: 'Risk', abnormalList: 'Abnormal', complaintCount: 'Complaints' },
      history: 'Change history',
      noHistory: 'No changes recorded',
      created: 'Created',
      changes: 'Changes',
      at: 'Time',
      source: 'Source',
      actor: 'By',
      noChange: 'No field changed',
      sections: { basic: 'Registration', credit: 'Credit and supervision' },
    },
    inspectors: {
      searchPlaceholder: 'Name, certificate no. or position',
      conflicts: 'Recusals',
      addConflict: 'Add recusal',
      noConflicts: 'No recusals',
      conflictAdded: 'Recusal recorded',
      entityPicker: 'Entity (search by name or credit code)',
    },
    users: {
      newPassword: 'Reset password',
      passwordHint: 'Leave empty to keep the password; a reset also unlocks the account',
      locked: 'Locked',
    },
    audit: {
      chainHint: 'The audit log is read-only and hash-chained: each entry’s hash covers the previous one.',
      payload: 'Data',
    },
  },
};

const resources = {
  resources: {
    departments: {
      name: 'Department |||| Departments',
      fields: {
        id: 'ID', code: 'Code', name: 'Name', defaultRatios: 'Default sampling ratios',
        'defaultRatios.A': 'Tier A (low risk) ratio %', 'defaultRatios.B': 'Tier B (normal risk) ratio %',
        'defaultRatios.C': 'Tier C (elevated risk) ratio %', 'defaultRatios.D': 'Tier D (high risk) ratio %',
        createdAt: 'Created', q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID', username: 'Username', displayName: 'Name', role: 'Role', departmentId: 'Department',
        inspectorId: 'Linked inspector', active: 'Active', failedLogins: 'Failed logins', lockedUntil: 'Locked until',
        createdAt: 'Created', updatedAt: 'Updated', password: 'Initial password', q: 'Search',
      },
    },
    items: {
      name: 'Inspection item |||| Inspection items',
      fields: {
        id: 'ID', departmentId: 'Department', lineageId: 'Item code', version: 'Version', status: 'Status',
        category: 'Category', name: 'Item', entityKind: 'Inspected entities', itemType: 'Item type',
        methods: 'Methods', inspectingBody: 'Inspecting body', legalBasis: 'Legal basis', ratio: 'Sampling ratio',
        frequency: 'Frequency', content: 'Content', requiredField: 'Required enforcement field',
        compilingUnit: 'Compiled by', seq: 'No.', isJoint: 'Joint inspection', jointField: 'Joint field',
        initiatingDepartment: 'Initiating department', cooperatingDepartments: 'Cooperating departments',
        publishedAt: 'Published', withdrawnAt: 'Withdrawn', createdAt: 'Created', updatedAt: 'Updated', q: 'Search',
      },
    },
    entities: {
      name: 'Entity |||| Entity directory',
      fields: {
        id: 'ID', uscc: 'Unified social credit code', name: 'Name', kind: 'Kind', status: 'Registration status',
        legalRepresentative: 'Legal representative', contactPhone: 'Phone', address: 'Address', regionCode: 'Region code',
        businessScope: 'Business scope', industryTags: 'Industry tags', riskTier: 'Credit risk tier',
        abnormalList: 'Abnormal operations list', seriousViolationList: 'Serious violation list',
        complaintCount: 'Complaints', tags: 'Department tags', departmentIds: 'In directories of',
        departmentId: 'Directory of', createdAt: 'Created', updatedAt: 'Updated', q: 'Search',
      },
    },
    inspectors: {
      name: 'Inspector |||| Inspector directory',
      fields: {
        id: 'ID', departmentId: 'Department', name: 'Name', position: 'Position', certificateNo: 'Certificate no.',
        certificateValidUntil: 'Certificate valid until', expertise: 'Expertise', fields: 'Enforcement fields',
        active: 'On duty', createdAt: 'Created', updatedAt: 'Updated', q: 'Search',
      },
    },
    conflicts: {
      name: 'Recusal |||| Recusals',
      fields: {
        id: 'ID', inspectorId: 'Inspector', entityId: 'Entity', reason: 'Reason', createdAt: 'Recorded',
        departmentId: 'Department', inspectorName: 'Inspector', entityName: 'Entity', entityUscc: 'Credit code', q: 'Search',
      },
    },
    audit: {
      name: 'Audit entry |||| Audit log',
      fields: {
        id: 'No.', at: 'Time', actorUserId: 'User ID', actorUsername: 'User', actorRole: 'Role', departmentId: 'Department',
        action: 'Action', resource: 'Resource', recordId: 'Record', before: 'Before', after: 'After', ip: 'IP address',
        prevHash: 'Previous hash', hash: 'Hash', q: 'Search',
      },
    },
  },
};

const enums = {
  enums: {
    role: { platform_admin: 'Platform administrator', joint_office: 'Joint meeting office', dept_admin: 'Department administrator', inspector: 'Inspector', leadership: 'Leadership' },
    itemStatus: { draft: 'Draft', published: 'Published', withdrawn: 'Withdrawn' },
    itemType: { general: 'General', key: 'Key' },
    entityKind: { enterprise: 'Enterprise', individual: 'Individual business', cooperative: 'Farmers’ cooperative', other: 'Other' },
    entityStatus: { active: 'Active', deregistered: 'Deregistered', revoked: 'Licence revoked', cancelled: 'Registration cancelled', moved_out: 'Moved out' },
    riskTier: { A: 'Low risk', B: 'Normal risk', C: 'Elevated risk', D: 'High risk' },
    jobState: { queued: 'Queued', active: 'Running', completed: 'Completed', failed: 'Failed' },
    jobCategory: { import: 'Import', export: 'Export', draw: 'Draw' },
    auditAction: {
      create: 'Create', update: 'Update', delete: 'Delete', publish: 'Publish', withdraw: 'Withdraw', revise: 'Revise',
      import: 'Import', export: 'Export', login: 'Sign in', login_failed: 'Failed sign-in', logout: 'Sign out',
      forbidden: 'Forbidden action (refused)', forbidden_record: 'Forbidden record (refused)', seed: 'Seed data',
    },
    auditResource: {
      departments: 'Departments', users: 'Users', items: 'Inspection items', entities: 'Entities', inspectors: 'Inspectors',
      conflicts: 'Recusals', audit: 'Audit log', jobs: 'Jobs', queues: 'Queues', auth: 'Authentication', platform: 'Platform',
    },
    historySource: { api: 'Edited', import: 'Import', seed: 'Seed data' },
  },
};

export const en: TranslationMessages = mergeTranslations(englishMessages, app, resources, enums, enInspection, enRecords, enJobs, pluginMessages('en'));
