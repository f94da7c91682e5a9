// English texts of inspection records, review, publication, follow-up, referrals, calendar and credit; same keys as zh-records.ts.
export const enRecords = {
  app: {
    menu: { records: 'Records & publication' },
    entities: { tabs: { registry: 'Registration', credit: 'Credit record' } },
    inspections: {
      fill: 'Fill in record', fillShort: 'Fill in', record: 'Record', editTitle: 'Inspection record: %{name}', reviewQueue: 'Records to review', latestOnly: 'Latest version only',
      notDraft: 'This record has been submitted or approved and can no longer be changed.', reviewNote: 'Sent back: %{note}', correctionReason: 'Correction: %{reason}',
      parts: {
        basic: 'Inspection', present: 'Inspectors present', findings: 'Findings', sections: 'Check lists', evidence: 'Evidence',
        entrustment: 'Third-party institution', outcome: 'Outcome', workflow: 'Review and version',
      },
      presentHint: 'Tick the team members present (at least 2); anyone from outside the team is a substitution and needs a reason.',
      substitute: 'Substitute', addSubstitute: 'Add a substitute (outside the team)', substitutionHint: 'Why, e.g. the assigned inspector was ill',
      sectionTitle: 'Check list: %{name}', noForm: 'No form found for this item', sectionEmpty: 'Not filled in',
      entrustmentHint: 'Required when a professional institution assisted; the entrusting department pays.',
      institution: 'Institution', scope: 'Scope',
      violationsHint: 'A problem or a refusal needs at least one violated provision.',
      saved: 'Record saved', submit: 'Submit for review', submitTitle: 'Submit for review', submitConfirm: 'Another administrator of the department reviews it; it cannot be changed meanwhile. Submit the record of “%{name}”?',
      submitDone: 'Record submitted for review',
      approve: 'Approve', approveTitle: 'Approve record', approveConfirm: 'An approved record is frozen and published within 20 working days. Approve the record of “%{name}”?',
      approveDone: 'Record approved; awaiting publication',
      return: 'Send back', returnTitle: 'Send record back', returnHint: 'Say what to change; the record goes back to the inspectors.', returnDone: 'Record sent back',
      correct: 'Correct', correctTitle: 'Correct record', correctHint: 'Creates a new draft version; the current one stays published (marked corrected) until the new one is approved. A reason is required.',
      correctDone: 'Correction draft version %{version} created; edit and submit it',
      twoPersonHint: 'Two-person rule: whoever recorded this record or was present may not review it.',
      frozenHint: 'Approved records cannot be changed; use “Correct” to create a new version.',
      evidence: {
        camera: 'Take photo', choose: 'Choose images or PDF', hint: 'JPEG, PNG, WebP or PDF, up to 10 MB each; the SHA-256 digest is shown after upload.',
        none: 'No evidence yet', uploaded: 'Uploaded: %{name}',
      },
    },
    publications: {
      boardEmpty: 'Nothing to show yet', pendingCount: 'Pending %{count}', onTimeCount: 'On time %{count}', lateCount: 'Late %{count}',
      run: 'Publish now', runTitle: 'Run the publication job', runConfirm: 'Refreshes deadlines and warnings and publishes every approved pending result now. Continue?',
      runDone: 'Publication job ran: %{published} published, %{filled} deadlines filled; yellow %{yellow}, red %{red}',
      onTime: 'Published on time', late: 'Published late', untimed: 'Published (deadline not computed)', noDeadline: 'Pending (calendar year not maintained)',
    },
    followups: {
      closedOn: 'Closed on', result: 'Result', close: 'Close', closeTitle: 'Close follow-up', closeHint: 'Record the measures first; then give the date and the result.',
      closeDone: 'Follow-up closed', overdue: 'Overdue', measuresButton: 'Measures', editHint: 'Measures, deadline and recheck; close it from the list.',
    },
    referrals: {
      accept: 'Accept', acceptDone: 'Referral accepted', return: 'Return', returnTitle: 'Return referral', returnHint: 'Say why (e.g. not this department’s remit).', returnDone: 'Referral returned',
      close: 'Close', closeTitle: 'Report closure', closeHint: 'Date and result; for an outside organ the sending department records its answer.', closeDone: 'Referral closed',
      received: 'Received', sent: 'Sent', route: 'From → to', actions: 'Actions', searchPlaceholder: 'Matter, document no. or organ',
      sections: { basic: 'Referral', handling: 'Handling' },
    },
    calendar: {
      hint: 'Publication deadlines are counted on this calendar (20th working day after the result date; yellow from the 15th). Each year needs at least New Year’s Day before deadlines can be computed.',
      weekday: '%{day}', formHint: 'Holidays include the weekends inside them; a make-up working day must be a weekend day.', nameHint: 'Festival, e.g. Spring Festival',
      dueUrgent: 'The %{year} holiday arrangement is not maintained yet: results approved today get no publication deadline (the publication job fills it in once it is).',
      dueSoon: 'Please enter the %{year} holiday arrangement once the State Council announces it: results approved in December need it for their deadlines.',
      maintain: 'Maintain calendar',
    },
    credit: {
      riskInput: 'Platform risk input: tier %{tier}', csv: 'Download CSV', none: 'No published results', publishedAt: 'Published', department: 'Department',
      outcome: 'Outcome', violations: 'Violations', inspection: 'Record',
    },
  },
  resources: {
    inspections: {
      name: 'Inspection record |||| Inspection records',
      fields: {
        id: 'ID', entityName: 'Entity', uscc: 'Credit code', taskName: 'Task', departmentId: 'Lead department', status: 'Status', version: 'Version',
        inspectionDate: 'Inspection date', methods: 'Methods', presentInspectorIds: 'Inspectors present', substitutionReason: 'Substitution reason', findings: 'Findings',
        outcome: 'Outcome', violations: 'Violations', reviewNote: 'Review note', correctionReason: 'Correction reason', submittedAt: 'Submitted',
        approvedAt: 'Approved', resultDate: 'Result date', createdAt: 'Created', q: 'Search', latest: 'Latest version only',
      },
    },
    publications: {
      name: 'Publication |||| Publications',
      fields: {
        id: 'ID', entityName: 'Entity', uscc: 'Credit code', departmentId: 'Department', outcome: 'Outcome', resultDate: 'Result date',
        deadline: 'Deadline', warning: 'Warning', status: 'Status', publishedAt: 'Published', q: 'Search',
      },
    },
    followups: {
      name: 'Follow-up |||| Follow-ups',
      fields: {
        id: 'ID', entityName: 'Entity', uscc: 'Credit code', departmentId: 'Department', outcome: 'Outcome', measures: 'Measures',
        deadline: 'Deadline', recheckDate: 'Recheck date', recheckResult: 'Recheck result', status: 'Status', closedOn: 'Closed on', overdue: 'Overdue only', q: 'Search',
      },
    },
    referrals: {
      name: 'Referral |||| Referrals',
      fields: {
        id: 'ID', kind: 'Kind', toDepartmentId: 'To department', toDepartmentName: 'To department', fromDepartmentName: 'From department', receivingOrgan: 'Receiving organ',
        matter: 'Matter', documentNo: 'Document no.', referredOn: 'Referred on', status: 'Status', inspectionId: 'Inspection record', returnReason: 'Return reason',
        closedOn: 'Closed on', result: 'Result', createdAt: 'Recorded', q: 'Search',
      },
    },
    calendar: {
      name: 'Calendar day |||| Working-day calendar',
      fields: { id: 'ID', day: 'Date', kind: 'Kind', name: 'Name', year: 'Year' },
    },
  },
  enums: {
    outcome: {
      no_problem: 'No problem found', problem_pending: 'Problem found, follow-up pending', problem_corrected: 'Problem found and corrected',
      no_relevant_activity: 'No relevant business activity', closed_or_liquidating: 'Closed or in liquidation', refused_inspection: 'Seriously obstructed the inspection',
      deregistered: 'Deregistered', revoked: 'Licence revoked', cancelled: 'Registration cancelled', moved_out: 'Moved out',
    },
    inspectionMethod: {
      onsite: 'On-site', documentary: 'Documentary', online: 'Online monitoring', testing: 'Testing', other_bodies: 'Other bodies’ results or opinions', third_party: 'Assisted by an institution',
    },
    followupMeasure: { order_rectification: 'Order to rectify', open_case: 'Open a case', list_abnormal: 'List as abnormal', other: 'Other' },
    inspectionStatus: { draft: 'Draft', submitted: 'To review', approved: 'Approved', superseded: 'Corrected (superseded)' },
    publicationStatus: { pending: 'Pending', published: 'Published' },
    publicationWarning: { none: 'Normal', yellow: 'Yellow warning', red: 'Red warning' },
    followupStatus: { open: 'Open', closed: 'Closed' },
    referralKind: { department: 'To a department', external: 'To an outside organ', judicial: 'To a judicial organ' },
    referralStatus: { sent: 'Awaiting acceptance', accepted: 'Accepted', returned: 'Returned', closed: 'Closed' },
    calendarKind: { holiday: 'Public holiday', makeup_workday: 'Make-up working day' },
    auditAction: { return: 'Send back', correct: 'Correct', substitute: 'Substitute inspector', run: 'Publish now', accept: 'Accept', close: 'Close' },
    auditResource: {
      inspections: 'Inspection records', attachments: 'Evidence', publications: 'Publications', followups: 'Follow-ups', referrals: 'Referrals',
      calendar: 'Calendar', credit: 'Credit record',
    },
  },
};
