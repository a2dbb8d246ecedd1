// Generated from the gateway's /api/openapi.json by services/portal/scripts/generate-api-client.mjs: do not edit.
export interface paths {
  '/api/asyncapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The AsyncAPI 3 document of the events partners receive */
    get: operations['gateway.asyncapi.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: operations['gateway.openapi.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/audits-per-month': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audits completed per month, CB and scheme */
    get: operations['analytics.audits-per-month'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dashboard counters: dossiers awaiting admissibility, audit, decision…, open and overdue findings */
    get: operations['analytics.dashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/dossiers-by-status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossiers per current status, CB and scheme */
    get: operations['analytics.dossiers-by-status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/event-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events seen per type for your tenant (platform staff: every tenant) */
    get: operations['analytics.event-counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every analytics report as one Excel workbook, for the same filters as the JSON reports */
    get: operations['analytics.export.download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/findings-by-requirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Findings raised, open and overdue per requirement and severity */
    get: operations['analytics.findings-by-requirement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/lead-times': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lead times (submission → admissible, audit → decision, finding raised → closed): count, mean, p50, p90 */
    get: operations['analytics.lead-times'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/overdue-findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open findings past their due date, as of today */
    get: operations['analytics.overdue-findings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Appeals: the CB’s register (an administrator sees all, a handler his) or the organisation’s own */
    get: operations['complaints.appeals.list'];
    put?: never;
    /** Appeal a decision of the CB on one of the organisation’s dossiers, within the scheme’s appeal period */
    post: operations['complaints.appeals.lodge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One appeal with its trail */
    get: operations['complaints.appeals.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Name the appeal’s handler: never the auditor, analyst or decider of the dossier (422) */
    post: operations['complaints.appeals.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/effect-suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the effect of the contested decision until the appeal is decided */
    post: operations['complaints.appeals.suspend-effect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject the appeal with a reasoned answer: the decision stands */
    post: operations['complaints.appeals.reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review the upheld decision through the dossier lifecycle (a suspended certificate is reinstated) */
    post: operations['complaints.appeals.review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/upholding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Uphold the appeal with a reasoned answer: the decision is then reviewed */
    post: operations['complaints.appeals.uphold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appeals/{appealId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The appellant withdraws its appeal before it is decided */
    post: operations['complaints.appeals.withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interventions: past or upcoming, by auditor, type, dates or dossier */
    get: operations['dossier.audits.search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One audit */
    get: operations['dossier.audits.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned audit before it starts */
    post: operations['dossier.audits.cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File the audit report (a booked auditor, once the audit has started) */
    post: operations['dossier.audits.complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a non-conformity of the audit (flagged late after the scheme’s deadline) */
    post: operations['dossier.findings.record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}/findings-recorded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare every finding of the audit recorded: the dossier moves to findings or to decision */
    post: operations['dossier.audits.findings-recorded'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/{auditId}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a planned audit to other dates (or auditors) before it starts */
    post: operations['dossier.audits.reschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audits/upcoming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Upcoming interventions: planned audits starting within the scheme’s horizon (30 days) */
    get: operations['dossier.audits.upcoming'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidate-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find one person across the platform before registering him: too broad a query is refused */
    get: operations['candidacy.candidates.search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Candidates within your perimeter, by status and establishment */
    get: operations['candidacy.candidates.list'];
    put?: never;
    /** Register a candidate in an establishment, refused when the same person is already on the platform */
    post: operations['candidacy.candidates.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One candidate's sheet */
    get: operations['candidacy.candidates.get'];
    /** Edit a candidate's sheet (the whole form, at the version read) */
    put: operations['candidacy.candidates.update'];
    post?: never;
    /** Delete a candidate while nothing is recorded on his candidacy */
    delete: operations['candidacy.candidates.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/abandonment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare a candidacy abandoned, with a reason */
    post: operations['candidacy.candidates.abandon'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/active': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Deactivate or reactivate a candidate */
    put: operations['candidacy.candidates.set-active'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/certification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the candidacy stands with the certifier: jury session, complements, decision, dispatches */
    get: operations['candidacy.certification.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/certification-checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the candidacy still lacks before it can be sent to certification */
    get: operations['candidacy.certification.checklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/certification-resending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the completed candidacy back to certification */
    post: operations['candidacy.certification.resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/certification-sending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the candidacy to certification: a validated evaluation and a complete identity (422 with what is missing) */
    post: operations['candidacy.certification.send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/certification-sending/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a send to certification, with a reason (network administrators and the certifier) */
    post: operations['candidacy.certification.cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/complement-answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the jury's request for complements, with documents */
    post: operations['candidacy.certification.answer-complement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/complement-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the establishment for complements, with what is missing (the jury) */
    post: operations['candidacy.certification.request-complement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/dispatches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the postal dispatch of a paper certificate: date, channel, tracking number */
    post: operations['candidacy.dispatches.record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/dispatches/{dispatchId}/undelivered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a paper certificate returned undelivered */
    put: operations['candidacy.dispatches.undelivered'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A candidate's evaluations, oldest first */
    get: operations['candidacy.evaluations.list'];
    put?: never;
    /** Open the candidate's next evaluation as a draft (preliminary first, then final ones) */
    post: operations['candidacy.evaluations.open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One evaluation of a candidate */
    get: operations['candidacy.evaluations.get'];
    /** Save a draft evaluation: the scores per sub-domain, the matrix and the proofs */
    put: operations['candidacy.evaluations.save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/finalisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finalise an evaluation: validated when every sub-domain is acquired; the candidacy moves on */
    post: operations['candidacy.evaluations.finalise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen the latest finalised evaluation as a draft, with a reason (organisation administrators and above) */
    post: operations['candidacy.evaluations.reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/jury-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Decide a candidacy with the jury: certified (the certificate is issued) or not certified with a reason */
    put: operations['candidacy.certification.decide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/reinstatement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate an abandoned candidacy where it stood */
    post: operations['candidacy.candidates.reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/trail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of a candidacy, newest first */
    get: operations['candidacy.candidates.trail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A candidate's trainings, oldest first */
    get: operations['candidacy.trainings.list'];
    put?: never;
    /** Record a training of the candidate: the domains addressed, dates, proofs, certificate of attendance */
    post: operations['candidacy.trainings.record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{candidateId}/transfer-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask to take over a candidate's dossier from another establishment, with a reason */
    post: operations['candidacy.transfers.request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certificates of your organisation, or those your certification body issued, with PDF availability */
    get: operations['certificate.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{certificateId}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate as PDF (the holder’s and its CB’s users) */
    get: operations['certificate.pdf.download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certification-bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certification bodies (reference data every tenant sees) */
    get: operations['identity.certification-bodies.list'];
    put?: never;
    /** Add a certification body (a tenant of the platform) */
    post: operations['identity.certification-bodies.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certification-bodies/{cbId}/admins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite an administrator (cb_admin) into a certification body; a first-login e-mail follows */
    post: operations['identity.certification-bodies.invite-admin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clea-framework': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CléA framework evaluations are scored against: 7 domains, 28 sub-domains (the current version, or one named) */
    get: operations['candidacy.framework.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find a company to register, by name, SIREN or SIRET (demo: the demo companies still free) */
    get: operations['identity.companies.search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{siret}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Company details from the registry, to pre-fill registration */
    get: operations['identity.companies.lookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaint-statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaints and appeals register in figures: by type, status, scheme, outcome, time to acknowledge and to close */
    get: operations['complaints.statistics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaint-statistics/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaints and appeals register as an Excel workbook (figures, complaints, appeals) */
    get: operations['complaints.register.download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CB’s complaints register (an administrator sees all, a handler the ones in his charge) */
    get: operations['complaints.list'];
    put?: never;
    /** Lodge a complaint with a certification body (no account needed); its reference comes back at once */
    post: operations['complaints.lodge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One complaint with its trail */
    get: operations['complaints.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a complaint in charge (it concerns the CB’s certification activity) and name its handler */
    post: operations['complaints.acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a complaint with its outcome and the reasoned answer to the complainant */
    post: operations['complaints.answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}/complementary-audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan a complementary audit of the organisation the complaint is about, through the dossier lifecycle */
    post: operations['complaints.complementary-audit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}/dismissal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss a complaint that does not concern the CB’s certification activity, with the reason */
    post: operations['complaints.dismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{complaintId}/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the certificate the complaint is about, through the dossier lifecycle */
    post: operations['complaints.suspension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/follow/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The person who lodged a complaint follows it through the private link of the acknowledgement mail */
    get: operations['complaints.follow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Documents of an upload context (a dossier question, a finding…), newest first */
    get: operations['document.documents.list'];
    put?: never;
    /** Upload a document into a context you may write to (the body is the file) */
    post: operations['document.files.upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A document’s current version */
    get: operations['document.documents.get'];
    put?: never;
    post?: never;
    /** Delete a document (kept for the context’s retention period, then purged) */
    delete: operations['document.documents.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a document’s bytes, whole or one Range */
    get: operations['document.files.download'];
    /** Upload a new version of a document; the previous ones are kept */
    put: operations['document.files.replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a document, newest first (replacing keeps the previous ones) */
    get: operations['document.documents.versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossiers of the caller’s scope by status, scheme, level, CB, organisation, analyst, overdue findings or reference (or holder name) */
    get: operations['dossier.dossiers.search'];
    put?: never;
    /** Open a dossier: scheme, level and certification body */
    post: operations['dossier.dossiers.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dossier */
    get: operations['dossier.dossiers.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/abandon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Abandon the application (before the contract) */
    post: operations['dossier.dossiers.abandon'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/admissibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare the questionnaire admissible */
    post: operations['dossier.admissibility.declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/analyst': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign the dossier to an analyst of the CB */
    put: operations['dossier.dossiers.assign'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan an audit: type, dates and auditors of the CB (an auditor is never booked twice at once) */
    post: operations['dossier.audits.plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/certificate/reinstatement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended certificate */
    post: operations['dossier.certificates.reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/certificate/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the certificate */
    post: operations['dossier.certificates.suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/certificate/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw the certificate */
    post: operations['dossier.certificates.withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Checklist for the next audit: the requirements that apply, with the findings still open on each */
    get: operations['dossier.findings.checklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/contract': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the signed contract */
    put: operations['dossier.contracts.record'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Decisions taken on the dossier */
    get: operations['dossier.decisions.list'];
    put?: never;
    /** Record a decision (never by an auditor of the dossier) */
    post: operations['dossier.decisions.record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/findings/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send every corrective measure (or proof) marked ready, across the dossier’s findings, in one batch */
    post: operations['dossier.findings.send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire answers and revision */
    get: operations['dossier.questionnaire.get'];
    /** Save a draft of the questionnaire (409 when another save came first) */
    put: operations['dossier.questionnaire.save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dossier’s filled questionnaire, format xlsx or pdf */
    get: operations['dossier.questionnaire-exports.filled'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Findings on questionnaire answers */
    get: operations['dossier.questionnaire-findings.list'];
    put?: never;
    /** Raise a finding on a questionnaire answer */
    post: operations['dossier.questionnaire-findings.raise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a questionnaire finding */
    post: operations['dossier.questionnaire-findings.answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a corrected questionnaire finding */
    post: operations['dossier.questionnaire-findings.close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the corrected questionnaire back to the CB */
    post: operations['dossier.questionnaire.resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/questionnaire/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the questionnaire (422 lists every missing required question) */
    post: operations['dossier.questionnaire.submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/refusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse the application */
    post: operations['dossier.admissibility.refuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the renewal (another cbId: an initial audit with that CB) */
    post: operations['dossier.renewals.open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/scope-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare a change of scope of a certified dossier */
    post: operations['dossier.scope-changes.request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/scope-changes/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide what a declared change of scope takes */
    post: operations['dossier.scope-changes.decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{dossierId}/trail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail of a dossier (who, when, what, before/after), newest first */
    get: operations['dossier.dossiers.trail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/analyst-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign several dossiers to one analyst of the CB; the answer says the outcome per dossier */
    post: operations['dossier.dossiers.assign-many'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/establishments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Establishments within your perimeter (a certifier: those of its networks) */
    get: operations['identity.establishments.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/establishments/{establishmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One establishment */
    get: operations['identity.establishments.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/establishments/{establishmentId}/active': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Activate or deactivate an establishment (its certifier only) */
    put: operations['identity.establishments.set-active'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/establishments/{establishmentId}/habilitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask one or several certifiers for the establishment's habilitation (or its renewal) */
    post: operations['candidacy.habilitations.request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Findings: open or closed, by requirement, severity, dossier, audit, overdue */
    get: operations['dossier.findings.search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One finding with its items and trail */
    get: operations['dossier.findings.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a recorded finding */
    post: operations['dossier.findings.confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a corrective measure or a material proof */
    post: operations['dossier.findings.items.add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Edit a draft (or an item sent back for clarification) */
    put: operations['dossier.findings.items.edit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/items/{itemId}/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark an item ready to send, or back to draft */
    put: operations['dossier.findings.items.set-ready'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/items/{itemId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a sent item or ask for its clarification */
    post: operations['dossier.findings.items.review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/measures-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the applicant for corrective measures */
    post: operations['dossier.findings.request-measures'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The finding’s message thread, oldest first */
    get: operations['dossier.findings.messages.list'];
    put?: never;
    /** Post a message on the finding’s thread (applicant ⇄ analyst) */
    post: operations['dossier.findings.messages.post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/proofs-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for material proofs (after accepted measures, or directly when agreed at the closing meeting) */
    post: operations['dossier.findings.request-proofs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{findingId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a recorded finding */
    post: operations['dossier.findings.reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/habilitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Habilitation requests and periods within your perimeter */
    get: operations['candidacy.habilitations.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/habilitations/{habilitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One habilitation request */
    get: operations['candidacy.habilitations.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/habilitations/{habilitationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Validate a habilitation request for a period, or reject it with a reason (its certifier) */
    put: operations['candidacy.habilitations.decide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jury-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calendar of a certifier's jury sessions, next ones first */
    get: operations['candidacy.jury-sessions.list'];
    put?: never;
    /** Plan a jury session of the certifier: region, date, send mode */
    post: operations['candidacy.jury-sessions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jury-sessions/{sessionId}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign candidacies awaiting certification to a jury session */
    post: operations['candidacy.jury-sessions.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the token says you are: user, tenant and roles */
    get: operations['gateway.me.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a network of training organisations under a certifier */
    post: operations['identity.networks.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/networks/{networkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One network: its head and options */
    get: operations['identity.networks.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/networks/{networkId}/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The training organisations of a network within your perimeter */
    get: operations['identity.training-organisations.list'];
    put?: never;
    /** Add a training organisation (SIREN) to a network */
    post: operations['identity.training-organisations.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first; filter by category, title, content, read or not */
    get: operations['notification.inbox.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which notifications you receive; mandatory ones are always on */
    get: operations['notification.preferences.get'];
    /** Turn optional notifications on or off, by category or event type (mail and inbox alike); turning off a mandatory one answers 422 */
    put: operations['notification.preferences.update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark notifications as read: some (`ids`) or all of them (`all: true`) */
    post: operations['notification.inbox.mark-read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of your notifications are unread, in total and per category (the bell) */
    get: operations['notification.inbox.unread-count'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations, searchable by name or SIREN */
    get: operations['identity.organisations.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation */
    get: operations['identity.organisations.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit the organisation’s master data and contacts (name, address, phone, e-mail, website) */
    patch: operations['identity.organisations.update'];
    trace?: never;
  };
  '/api/v1/organisations/{organisationId}/active': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Activate or deactivate an organisation (the platform only) */
    put: operations['identity.organisations.set-active'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{organisationId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed the organisation’s master data, when, from what to what (newest first) */
    get: operations['identity.organisations.history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{organisationId}/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s sites */
    get: operations['identity.sites.list'];
    put?: never;
    /** Declare a site by SIRET; its details come from the company registry */
    post: operations['identity.sites.add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Partner clients: all for the platform, those of his CB for a CB admin */
    get: operations['partner.clients.list'];
    put?: never;
    /** Create a partner API client (OAuth client credentials) and its scope; a CB admin sets scope.cbId to his CB. The client secret is shown once */
    post: operations['partner.clients.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{partnerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One partner client */
    get: operations['partner.clients.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your delivery log, newest first: status, attempts, last answer, dead letters */
    get: operations['partner.deliveries.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivered or dead-lettered webhook again, under the same delivery id */
    post: operations['partner.deliveries.redeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your event feed as Server-Sent Events (see /api/asyncapi.json for the events) */
    get: operations['partner.feed.stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your subscriptions */
    get: operations['partner.subscriptions.list'];
    put?: never;
    /** Subscribe to event types within your scope, by signed webhook or on your event stream; a webhook subscription answers its signing secret once */
    post: operations['partner.subscriptions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subscription */
    get: operations['partner.subscriptions.get'];
    put?: never;
    post?: never;
    /** Stop a subscription; deliveries already queued still go out */
    delete: operations['partner.subscriptions.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/me/subscriptions/{subscriptionId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new webhook signing secret, shown once; the previous one keeps signing for overlapSeconds (default one day) */
    post: operations['partner.subscriptions.rotate-secret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Are these SIRETs (up to 500) certified for the scheme, and until when? Per SIRET: certified, certificate number, status, validUntil */
    post: operations['partner.verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certificates of a company for a scheme, by SIREN or by the SIRET of a site */
    get: operations['certificate.verify.company'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/verify-file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a certificate PDF without an account: is it one we issued, and is it valid? */
    post: operations['certificate.verify.file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/verify-hash/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a file with this SHA-256 is a PDF certhub printed, and its certificate’s status */
    get: operations['certificate.verify.hash'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/verify/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status, validity and scope of a certificate by its number (where its QR code leads) */
    get: operations['certificate.verify.number'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/registry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register: certificates by holder name or number, SIREN, scheme, CB and status */
    get: operations['certificate.registry.search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register an organisation and its first administrator; a verification e-mail follows */
    post: operations['identity.registrations.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schemes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Schemes (latest version of each), filtered by kind or text */
    get: operations['dossier.schemes.list'];
    put?: never;
    /** Publish a new version of a scheme (published versions are immutable: 409 if it exists) */
    post: operations['dossier.schemes.publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schemes/{schemeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One scheme: requirements, cycle, decisions, certificate, questionnaire (latest version unless ?version) */
    get: operations['dossier.schemes.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schemes/{schemeId}/questionnaire.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scheme’s blank questionnaire, format xlsx or pdf */
    get: operations['dossier.questionnaire-exports.blank'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training-organisations/{trainingOrganisationId}/establishments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an establishment (SIRET of the organisation) with its contacts, address and region */
    post: operations['identity.establishments.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfer-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transfer requests made within your perimeter (a certifier: those it decides) */
    get: operations['candidacy.transfers.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfer-requests/{transferId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One transfer request */
    get: operations['candidacy.transfers.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfer-requests/{transferId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Accept a transfer request (the dossier moves) or refuse it with a reason (the candidate's certifier) */
    put: operations['candidacy.transfers.decide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of your tenant, searchable */
    get: operations['identity.users.list'];
    put?: never;
    /** Invite a user into your tenant (a training network: into your perimeter) with a role not above your own; a first-login e-mail follows */
    post: operations['identity.users.invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user of your tenant */
    get: operations['identity.users.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/enabled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Deactivate or reactivate a user */
    put: operations['identity.users.set-enabled'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details; `type` is one of https://certhub.dev/problems/<code> */
    Problem: {
      correlationId?: string;
      detail?: string;
      errors?: {
        field?: string;
        message?: string;
      }[];
      instance?: string;
      status: number;
      title: string;
      /** Format: uri */
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'gateway.asyncapi.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AsyncAPI 3 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'gateway.openapi.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.audits-per-month': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        schemeId?: string;
        sort?: 'month' | '-month' | 'cbId' | '-cbId' | 'schemeId' | '-schemeId' | 'count' | '-count';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbId: string | null;
              count: number;
              month: string;
              schemeId: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.dashboard': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        schemeId?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandoned: number;
            /** Format: date-time */
            asOf: string;
            awaitingAdmissibility: number;
            awaitingAudit: number;
            awaitingCorrections: number;
            awaitingDecision: number;
            awaitingFindingsClosure: number;
            certified: number;
            dossiers: number;
            findingsOpen: number;
            findingsOverdue: number;
            refused: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.dossiers-by-status': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        schemeId?: string;
        sort?: 'cbId' | '-cbId' | 'schemeId' | '-schemeId' | 'status' | '-status' | 'count' | '-count';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbId: string | null;
              count: number;
              schemeId: string;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.event-counts': {
    parameters: {
      query?: {
        types?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              [key: string]: number;
            };
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.export.download': {
    parameters: {
      query?: {
        /** @description One certification body (platform staff) */
        cbId?: string;
        /** @description First day of the period (YYYY-MM-DD, UTC) */
        from?: string;
        /** @description One report alone beside the dashboard sheet: dossiers-by-status, lead-times, findings-by-requirement, overdue-findings or audits-per-month */
        report?: string;
        /** @description One scheme */
        schemeId?: string;
        /** @description Last day of the period (YYYY-MM-DD, UTC) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.findings-by-requirement': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        schemeId?: string;
        sort?:
          | 'cbId'
          | '-cbId'
          | 'schemeId'
          | '-schemeId'
          | 'requirementId'
          | '-requirementId'
          | 'severity'
          | '-severity'
          | 'raised'
          | '-raised'
          | 'open'
          | '-open'
          | 'overdue'
          | '-overdue';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbId: string | null;
              open: number;
              overdue: number;
              raised: number;
              requirementId: string;
              schemeId: string;
              /** @enum {string} */
              severity: 'major' | 'minor';
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.lead-times': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        schemeId?: string;
        sort?:
          | 'metric'
          | '-metric'
          | 'cbId'
          | '-cbId'
          | 'schemeId'
          | '-schemeId'
          | 'count'
          | '-count'
          | 'avgDays'
          | '-avgDays'
          | 'p50Days'
          | '-p50Days'
          | 'p90Days'
          | '-p90Days';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              avgDays: number;
              cbId: string | null;
              count: number;
              /** @enum {string} */
              metric: 'submission_to_admissible' | 'audit_to_decision' | 'finding_raised_to_closed';
              p50Days: number;
              p90Days: number;
              schemeId: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'analytics.overdue-findings': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        schemeId?: string;
        sort?:
          | 'dueDate'
          | '-dueDate'
          | 'raisedAt'
          | '-raisedAt'
          | 'severity'
          | '-severity'
          | 'requirementId'
          | '-requirementId';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbId: string | null;
              daysOverdue: number;
              dossierId: string;
              /** Format: date */
              dueDate: string;
              findingId: string;
              number: string;
              organisationId: string;
              /** Format: date-time */
              raisedAt: string;
              requirementId: string;
              schemeId: string;
              /** @enum {string} */
              severity: 'major' | 'minor';
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.list': {
    parameters: {
      query?: {
        decision?: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
        dossierId?: string;
        overdue?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        sort?: 'lodgedAt' | '-lodgedAt' | 'answerBy' | '-answerBy' | 'reference' | '-reference';
        status?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answer?: string;
              answerBy: string;
              assignedAt?: string;
              cbId: string;
              closedAt?: string;
              contestedAt: string;
              contestedId: string;
              decidedAt?: string;
              /** @enum {string} */
              decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
              dossierId: string;
              dossierReference: string;
              effectSuspended?: {
                at: string;
                by: string;
                reason: string;
              };
              grounds: string;
              handlerId?: string;
              id: string;
              lodgedAt: string;
              lodgedBy: string;
              organisationId: string;
              overdue: boolean;
              reference: string;
              review?: string;
              schemeId: string;
              /** @enum {string} */
              status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              trail?: {
                action: string;
                at: string;
                by: string;
                /** @enum {string} */
                from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
                /** @enum {string} */
                to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
                what: string;
              }[];
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.lodge': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
          dossierId: string;
          findingId?: string;
          grounds: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.assign': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          handlerId: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.suspend-effect': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.reject': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.review': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.uphold': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.appeals.withdraw': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        appealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            answerBy: string;
            assignedAt?: string;
            cbId: string;
            closedAt?: string;
            contestedAt: string;
            contestedId: string;
            decidedAt?: string;
            /** @enum {string} */
            decision: 'refusal' | 'suspension' | 'withdrawal' | 'finding_classification';
            dossierId: string;
            dossierReference: string;
            effectSuspended?: {
              at: string;
              by: string;
              reason: string;
            };
            grounds: string;
            handlerId?: string;
            id: string;
            lodgedAt: string;
            lodgedBy: string;
            organisationId: string;
            overdue: boolean;
            reference: string;
            review?: string;
            schemeId: string;
            /** @enum {string} */
            status: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              /** @enum {string} */
              to: 'lodged' | 'investigating' | 'upheld' | 'rejected' | 'reviewed' | 'withdrawn';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.search': {
    parameters: {
      query?: {
        auditorId?: string;
        dossierId?: string;
        from?: string;
        includeCancelled?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        sort?:
          | 'startDate'
          | '-startDate'
          | 'endDate'
          | '-endDate'
          | 'plannedAt'
          | '-plannedAt'
          | 'type'
          | '-type'
          | 'status'
          | '-status';
        status?: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
        to?: string;
        type?: 'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
        when?: 'past' | 'upcoming';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              auditorIds: string[];
              cancelReason?: string;
              cbId: string;
              completedAt?: string;
              dossierId: string;
              endDate: string;
              findingsDeadline: string;
              findingsRecordedAt?: string;
              id: string;
              organisationId: string;
              plannedAt: string;
              plannedBy: string;
              reportDocumentId?: string;
              schemeId: string;
              startDate: string;
              /** @enum {string} */
              status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
              /** @enum {string} */
              type:
                | 'initial'
                | 'surveillance'
                | 'renewal'
                | 'complementary_documentary'
                | 'complementary_on_site';
              upcomingFrom: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.cancel': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.complete': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reportDocumentId: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.record': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          closingMeetingMeasures?: string;
          description: string;
          /** Format: date */
          dueDate: string;
          requirementId: string;
          /** @enum {string} */
          severity: 'major' | 'minor';
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.findings-recorded': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.reschedule': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        auditId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          auditorIds?: string[];
          /** Format: date */
          endDate: string;
          /** Format: date */
          startDate: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.upcoming': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?:
          | 'startDate'
          | '-startDate'
          | 'endDate'
          | '-endDate'
          | 'plannedAt'
          | '-plannedAt'
          | 'type'
          | '-type'
          | 'status'
          | '-status';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              auditorIds: string[];
              cancelReason?: string;
              cbId: string;
              completedAt?: string;
              dossierId: string;
              endDate: string;
              findingsDeadline: string;
              findingsRecordedAt?: string;
              id: string;
              organisationId: string;
              plannedAt: string;
              plannedBy: string;
              reportDocumentId?: string;
              schemeId: string;
              startDate: string;
              /** @enum {string} */
              status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
              /** @enum {string} */
              type:
                | 'initial'
                | 'surveillance'
                | 'renewal'
                | 'complementary_documentary'
                | 'complementary_on_site';
              upcomingFrom: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.search': {
    parameters: {
      query?: {
        birthCity?: string;
        birthCountry?: string;
        birthDate?: string;
        birthPostalCode?: string;
        name?: string;
        reference?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              birthDate: string;
              birthName: string;
              establishmentName: string;
              firstName: string;
              id: string;
              mine: boolean;
              reference: string;
              /** @enum {string} */
              status:
                | 'awaiting_preliminary_evaluation'
                | 'awaiting_final_evaluation'
                | 'to_send'
                | 'awaiting_certification'
                | 'awaiting_jury'
                | 'complement_requested'
                | 'completed'
                | 'certified'
                | 'not_certified'
                | 'abandoned';
            }[];
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.list': {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        establishmentId?: string;
        jurySessionId?: string;
        page?: number;
        pageSize?: number;
        sort?:
          | 'reference'
          | '-reference'
          | 'birthName'
          | '-birthName'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt';
        status?:
          | (
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned'
            )
          | (
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned'
            )[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              abandonReason?: string;
              active: boolean;
              address?: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              /** @enum {string} */
              approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
              birthCity: string;
              /** @enum {string} */
              birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
              birthCountry?: string;
              /** Format: date */
              birthDate: string;
              birthName: string;
              birthPostalCode?: string;
              /** @default false */
              bornAbroad: boolean;
              /** @default false */
              bornInOverseasCollectivity: boolean;
              certifierId: string;
              /** @enum {string} */
              civility: 'mr' | 'mrs';
              contextualisedBase?: boolean;
              createdAt: string;
              delegatedBranch?: string;
              email?: unknown;
              establishmentId: string;
              establishmentName: string;
              filesContextId: string;
              firstName: string;
              id: string;
              /** @enum {string} */
              mainFunder:
                | 'individual_initiative'
                | 'employer'
                | 'opco'
                | 'france_travail'
                | 'region'
                | 'personal_training_account'
                | 'transitions_pro'
                | 'other';
              networkId: string;
              personalGoals?: string;
              phone?: string;
              professionalGoals?: string;
              /** @enum {string} */
              publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
              reference: string;
              /** @enum {string} */
              registrationStatus:
                'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
              /** @enum {string} */
              status:
                | 'awaiting_preliminary_evaluation'
                | 'awaiting_final_evaluation'
                | 'to_send'
                | 'awaiting_certification'
                | 'awaiting_jury'
                | 'complement_requested'
                | 'completed'
                | 'certified'
                | 'not_certified'
                | 'abandoned';
              trainingLevel: number;
              trainingOrganisationId: string;
              updatedAt: string;
              usageName?: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          /** @enum {string} */
          approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
          birthCity: string;
          /** @enum {string} */
          birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
          birthCountry?: string;
          /** Format: date */
          birthDate: string;
          birthName: string;
          birthPostalCode?: string;
          /** @default false */
          bornAbroad?: boolean;
          /** @default false */
          bornInOverseasCollectivity?: boolean;
          /** @enum {string} */
          civility: 'mr' | 'mrs';
          contextualisedBase?: boolean;
          delegatedBranch?: string;
          /** Format: email */
          email?: string;
          establishmentId: string;
          firstName: string;
          /** @enum {string} */
          mainFunder:
            | 'individual_initiative'
            | 'employer'
            | 'opco'
            | 'france_travail'
            | 'region'
            | 'personal_training_account'
            | 'transitions_pro'
            | 'other';
          personalGoals?: string;
          phone?: string;
          professionalGoals?: string;
          /** @enum {string} */
          publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
          /** @enum {string} */
          registrationStatus:
            'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
          trainingLevel: number;
          usageName?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          /** @enum {string} */
          approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
          birthCity: string;
          /** @enum {string} */
          birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
          birthCountry?: string;
          /** Format: date */
          birthDate: string;
          birthName: string;
          birthPostalCode?: string;
          /** @default false */
          bornAbroad?: boolean;
          /** @default false */
          bornInOverseasCollectivity?: boolean;
          /** @enum {string} */
          civility: 'mr' | 'mrs';
          contextualisedBase?: boolean;
          delegatedBranch?: string;
          /** Format: email */
          email?: string;
          firstName: string;
          /** @enum {string} */
          mainFunder:
            | 'individual_initiative'
            | 'employer'
            | 'opco'
            | 'france_travail'
            | 'region'
            | 'personal_training_account'
            | 'transitions_pro'
            | 'other';
          personalGoals?: string;
          phone?: string;
          professionalGoals?: string;
          /** @enum {string} */
          publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
          /** @enum {string} */
          registrationStatus:
            'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
          trainingLevel: number;
          usageName?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            deleted: true;
            id: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.abandon': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.set-active': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.checklist': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              check:
                | 'validated_evaluation'
                | 'email'
                | 'postal_address'
                | 'professional_goals'
                | 'personal_goals'
                | 'active';
              message: string;
              ok: boolean;
            }[];
            ready: boolean;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.resend': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.send': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.cancel': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.answer-complement': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          /** @default [] */
          documentIds?: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.request-complement': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.dispatches.record': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
          /** Format: date */
          sentOn: string;
          trackingNumber?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.dispatches.undelivered': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
        dispatchId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
          /** Format: date */
          returnedOn: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              acquired: number;
              candidateId: string;
              candidateVersion: number;
              createdAt: string;
              createdBy: string;
              evaluatedOn: string;
              evaluatorEmail: string;
              evaluatorName: string;
              finalisedAt?: string;
              finalisedBy?: string;
              frameworkVersion: string;
              id: string;
              /** @enum {string} */
              kind: 'preliminary' | 'final';
              matrixDocumentId?: string;
              proofDocumentIds: string[];
              reopenings: {
                at: string;
                by: string;
                reason: string;
              }[];
              scores: {
                acquired: boolean;
                comment?: string;
                subDomainId: string;
              }[];
              /** @enum {string} */
              status: 'draft' | 'finalised';
              subDomains: number;
              validated?: boolean;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.open': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          evaluatedOn: string;
          /** Format: email */
          evaluatorEmail: string;
          evaluatorName: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acquired: number;
            candidateId: string;
            candidateVersion: number;
            createdAt: string;
            createdBy: string;
            evaluatedOn: string;
            evaluatorEmail: string;
            evaluatorName: string;
            finalisedAt?: string;
            finalisedBy?: string;
            frameworkVersion: string;
            id: string;
            /** @enum {string} */
            kind: 'preliminary' | 'final';
            matrixDocumentId?: string;
            proofDocumentIds: string[];
            reopenings: {
              at: string;
              by: string;
              reason: string;
            }[];
            scores: {
              acquired: boolean;
              comment?: string;
              subDomainId: string;
            }[];
            /** @enum {string} */
            status: 'draft' | 'finalised';
            subDomains: number;
            validated?: boolean;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
        evaluationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acquired: number;
            candidateId: string;
            candidateVersion: number;
            createdAt: string;
            createdBy: string;
            evaluatedOn: string;
            evaluatorEmail: string;
            evaluatorName: string;
            finalisedAt?: string;
            finalisedBy?: string;
            frameworkVersion: string;
            id: string;
            /** @enum {string} */
            kind: 'preliminary' | 'final';
            matrixDocumentId?: string;
            proofDocumentIds: string[];
            reopenings: {
              at: string;
              by: string;
              reason: string;
            }[];
            scores: {
              acquired: boolean;
              comment?: string;
              subDomainId: string;
            }[];
            /** @enum {string} */
            status: 'draft' | 'finalised';
            subDomains: number;
            validated?: boolean;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.save': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
        evaluationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          evaluatedOn: string;
          /** Format: email */
          evaluatorEmail: string;
          evaluatorName: string;
          matrixDocumentId?: string;
          /** @default [] */
          proofDocumentIds?: string[];
          scores: {
            acquired: boolean;
            comment?: string;
            subDomainId: string;
          }[];
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acquired: number;
            candidateId: string;
            candidateVersion: number;
            createdAt: string;
            createdBy: string;
            evaluatedOn: string;
            evaluatorEmail: string;
            evaluatorName: string;
            finalisedAt?: string;
            finalisedBy?: string;
            frameworkVersion: string;
            id: string;
            /** @enum {string} */
            kind: 'preliminary' | 'final';
            matrixDocumentId?: string;
            proofDocumentIds: string[];
            reopenings: {
              at: string;
              by: string;
              reason: string;
            }[];
            scores: {
              acquired: boolean;
              comment?: string;
              subDomainId: string;
            }[];
            /** @enum {string} */
            status: 'draft' | 'finalised';
            subDomains: number;
            validated?: boolean;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.finalise': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
        evaluationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acquired: number;
            candidateId: string;
            candidateVersion: number;
            createdAt: string;
            createdBy: string;
            evaluatedOn: string;
            evaluatorEmail: string;
            evaluatorName: string;
            finalisedAt?: string;
            finalisedBy?: string;
            frameworkVersion: string;
            id: string;
            /** @enum {string} */
            kind: 'preliminary' | 'final';
            matrixDocumentId?: string;
            proofDocumentIds: string[];
            reopenings: {
              at: string;
              by: string;
              reason: string;
            }[];
            scores: {
              acquired: boolean;
              comment?: string;
              subDomainId: string;
            }[];
            /** @enum {string} */
            status: 'draft' | 'finalised';
            subDomains: number;
            validated?: boolean;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.evaluations.reopen': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
        evaluationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acquired: number;
            candidateId: string;
            candidateVersion: number;
            createdAt: string;
            createdBy: string;
            evaluatedOn: string;
            evaluatorEmail: string;
            evaluatorName: string;
            finalisedAt?: string;
            finalisedBy?: string;
            frameworkVersion: string;
            id: string;
            /** @enum {string} */
            kind: 'preliminary' | 'final';
            matrixDocumentId?: string;
            proofDocumentIds: string[];
            reopenings: {
              at: string;
              by: string;
              reason: string;
            }[];
            scores: {
              acquired: boolean;
              comment?: string;
              subDomainId: string;
            }[];
            /** @enum {string} */
            status: 'draft' | 'finalised';
            subDomains: number;
            validated?: boolean;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.certification.decide': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'certified' | 'not_certified';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certificateNumber?: string;
            complements: {
              answer?: string;
              answeredAt?: string;
              documentIds: string[];
              reason: string;
              requestedAt: string;
              requestedBy: string;
            }[];
            decision?: {
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'certified' | 'not_certified';
              juryDate: string;
              reason?: string;
            };
            dispatches: {
              /** @enum {string} */
              channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
              id: string;
              recordedAt: string;
              recordedBy: string;
              sentOn: string;
              trackingNumber?: string;
              undelivered?: {
                reason?: string;
                returnedOn: string;
              };
            }[];
            jury?: {
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sessionId: string;
              sittingOn: string;
            };
            sentAt?: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.reinstate': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            abandonReason?: string;
            active: boolean;
            address?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            /** @enum {string} */
            approachOrigin?: 'france_travail' | 'mission_locale' | 'employer' | 'opco' | 'self' | 'other';
            birthCity: string;
            /** @enum {string} */
            birthCollectivity?: 'PF' | 'NC' | 'WF' | 'PM' | 'BL' | 'MF';
            birthCountry?: string;
            /** Format: date */
            birthDate: string;
            birthName: string;
            birthPostalCode?: string;
            /** @default false */
            bornAbroad: boolean;
            /** @default false */
            bornInOverseasCollectivity: boolean;
            certifierId: string;
            /** @enum {string} */
            civility: 'mr' | 'mrs';
            contextualisedBase?: boolean;
            createdAt: string;
            delegatedBranch?: string;
            email?: unknown;
            establishmentId: string;
            establishmentName: string;
            filesContextId: string;
            firstName: string;
            id: string;
            /** @enum {string} */
            mainFunder:
              | 'individual_initiative'
              | 'employer'
              | 'opco'
              | 'france_travail'
              | 'region'
              | 'personal_training_account'
              | 'transitions_pro'
              | 'other';
            networkId: string;
            personalGoals?: string;
            phone?: string;
            professionalGoals?: string;
            /** @enum {string} */
            publicType?: 'disabled_worker' | 'senior' | 'young' | 'detained' | 'refugee' | 'other';
            reference: string;
            /** @enum {string} */
            registrationStatus:
              'employee' | 'job_seeker' | 'temporary_worker' | 'young_in_integration' | 'other';
            /** @enum {string} */
            status:
              | 'awaiting_preliminary_evaluation'
              | 'awaiting_final_evaluation'
              | 'to_send'
              | 'awaiting_certification'
              | 'awaiting_jury'
              | 'complement_requested'
              | 'completed'
              | 'certified'
              | 'not_certified'
              | 'abandoned';
            trainingLevel: number;
            trainingOrganisationId: string;
            updatedAt: string;
            usageName?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.candidates.trail': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              at: string;
              by: string;
              from?: string;
              to: string;
              what: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.trainings.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attendanceCertificateDocumentId?: string;
              candidateId: string;
              domainIds: string[];
              durationHours: number;
              endsOn: string;
              id: string;
              proofDocumentIds: string[];
              recordedAt: string;
              recordedBy: string;
              startsOn: string;
              title: string;
              trainerName?: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.trainings.record': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          attendanceCertificateDocumentId?: string;
          domainIds: string[];
          durationHours: number;
          /** Format: date */
          endsOn: string;
          /** @default [] */
          proofDocumentIds?: string[];
          /** Format: date */
          startsOn: string;
          title: string;
          trainerName?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendanceCertificateDocumentId?: string;
            candidateId: string;
            domainIds: string[];
            durationHours: number;
            endsOn: string;
            id: string;
            proofDocumentIds: string[];
            recordedAt: string;
            recordedBy: string;
            startsOn: string;
            title: string;
            trainerName?: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.transfers.request': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          details?: string;
          establishmentId: string;
          /** @enum {string} */
          reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certifierId: string;
            decidedAt?: string;
            details?: string;
            establishmentId: string;
            fromEstablishmentId: string;
            id: string;
            /** @enum {string} */
            reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
            reference: string;
            refusalReason?: string;
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'refused';
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?:
          | 'number'
          | '-number'
          | 'holderName'
          | '-holderName'
          | 'schemeId'
          | '-schemeId'
          | 'validFrom'
          | '-validFrom'
          | 'validUntil'
          | '-validUntil';
        status?: 'valid' | 'suspended' | 'withdrawn' | 'expired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbName: string;
              certificateId: string;
              holderName: string;
              holderSiren: string;
              level?: string;
              number: string;
              pdfAvailable: boolean;
              schemeId: string;
              schemeTitle: string;
              scope: string[];
              sites: {
                name: string;
                siret: string;
              }[];
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validFrom: string;
              validUntil: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.pdf.download': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.certification-bodies.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'name' | '-name' | 'code' | '-code' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              certificateNumberPrefix: string;
              code: string;
              createdAt: string;
              id: string;
              name: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.certification-bodies.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          certificateNumberPrefix: string;
          code: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            certificateNumberPrefix: string;
            code: string;
            createdAt: string;
            id: string;
            name: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.certification-bodies.invite-admin': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        cbId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          establishmentId?: string;
          firstName: string;
          lastName: string;
          /**
           * @default fr
           * @enum {string}
           */
          locale?: 'fr' | 'en';
          trainingOrganisationId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string;
            emailVerified: boolean;
            enabled: boolean;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: 'fr' | 'en';
            /** @enum {string} */
            role:
              | 'platform_admin'
              | 'scheme_manager'
              | 'cb_admin'
              | 'analyst'
              | 'auditor'
              | 'decision_maker'
              | 'org_admin'
              | 'org_member'
              | 'partner'
              | 'certifier_staff'
              | 'jury_member'
              | 'network_admin'
              | 'network_supervisor'
              | 'training_org_admin'
              | 'training_org_user'
              | 'establishment_admin'
              | 'establishment_user';
            tenantId: string;
            tenantType: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.framework.get': {
    parameters: {
      query?: {
        version?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            domains: {
              id: string;
              subDomains: {
                id: string;
                title: string;
              }[];
              title: string;
            }[];
            publishedOn: string;
            version: string;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.companies.search': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              headquarters: boolean;
              nafCode?: string;
              name: string;
              siren: string;
              siret: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.companies.lookup': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        siret: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            headquarters: boolean;
            nafCode?: string;
            name: string;
            siren: string;
            siret: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.statistics': {
    parameters: {
      query?: {
        cbId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appeals: {
              byDecision: {
                [key: string]: number;
              };
              byScheme: {
                [key: string]: number;
              };
              byStatus: {
                [key: string]: number;
              };
              meanDaysToDecide: number | null;
              overdue: number;
              total: number;
            };
            complaints: {
              byAbout: {
                [key: string]: number;
              };
              byOutcome: {
                [key: string]: number;
              };
              byScheme: {
                [key: string]: number;
              };
              byStatus: {
                [key: string]: number;
              };
              meanDaysToAcknowledge: number | null;
              meanDaysToClose: number | null;
              overdue: number;
              total: number;
            };
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.register.download': {
    parameters: {
      query?: {
        /** @description One certification body (platform staff) */
        cbId?: string;
        /** @description Lodged on or after this day (YYYY-MM-DD, UTC) */
        from?: string;
        /** @description Lodged on or before this day (YYYY-MM-DD, UTC) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.list': {
    parameters: {
      query?: {
        about?: 'certified_organisation' | 'certification_body' | 'other';
        overdue?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        sort?:
          | 'receivedAt'
          | '-receivedAt'
          | 'acknowledgeBy'
          | '-acknowledgeBy'
          | 'answerBy'
          | '-answerBy'
          | 'reference'
          | '-reference';
        status?: 'received' | 'investigating' | 'dismissed' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              about: 'certified_organisation' | 'certification_body' | 'other';
              acknowledgeBy: string;
              acknowledgedAt?: string;
              actions?: {
                at: string;
                auditId?: string;
                by: string;
                dossierId: string;
                /** @enum {string} */
                kind: 'complementary_audit' | 'suspension';
              }[];
              answer?: string;
              answerBy: string;
              cbId: string;
              certificateNumber?: string;
              closedAt?: string;
              complainant: {
                /** Format: email */
                email: string;
                name: string;
                organisation?: string;
                phone?: string;
              };
              dismissalReason?: string;
              dossierId?: string;
              facts: string;
              handlerId?: string;
              id: string;
              organisationId?: string;
              organisationName?: string;
              /** @enum {string} */
              outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
              overdue: boolean;
              receivedAt: string;
              reference: string;
              schemeId?: string;
              /** @enum {string} */
              status: 'received' | 'investigating' | 'dismissed' | 'closed';
              subject: string;
              trail?: {
                action: string;
                at: string;
                by: string;
                /** @enum {string} */
                from?: 'received' | 'investigating' | 'dismissed' | 'closed';
                /** @enum {string} */
                to: 'received' | 'investigating' | 'dismissed' | 'closed';
                what: string;
              }[];
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.lodge': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          about: 'certified_organisation' | 'certification_body' | 'other';
          cbId: string;
          certificateNumber?: string;
          complainant: {
            /** Format: email */
            email: string;
            name: string;
            organisation?: string;
            phone?: string;
          };
          facts: string;
          /**
           * @default fr
           * @enum {string}
           */
          locale?: 'fr' | 'en';
          organisationName?: string;
          subject: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgeBy: string;
            receivedAt: string;
            reference: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.acknowledge': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          dossierId?: string;
          handlerId: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.answer': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          /** @enum {string} */
          outcome: 'upheld' | 'partially_upheld' | 'not_upheld';
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.complementary-audit': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          auditorIds: string[];
          /** Format: date */
          endDate: string;
          /** Format: date */
          startDate: string;
          /** @enum {string} */
          type: 'complementary_documentary' | 'complementary_on_site';
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.dismiss': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.suspension': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        complaintId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            about: 'certified_organisation' | 'certification_body' | 'other';
            acknowledgeBy: string;
            acknowledgedAt?: string;
            actions?: {
              at: string;
              auditId?: string;
              by: string;
              dossierId: string;
              /** @enum {string} */
              kind: 'complementary_audit' | 'suspension';
            }[];
            answer?: string;
            answerBy: string;
            cbId: string;
            certificateNumber?: string;
            closedAt?: string;
            complainant: {
              /** Format: email */
              email: string;
              name: string;
              organisation?: string;
              phone?: string;
            };
            dismissalReason?: string;
            dossierId?: string;
            facts: string;
            handlerId?: string;
            id: string;
            organisationId?: string;
            organisationName?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            overdue: boolean;
            receivedAt: string;
            reference: string;
            schemeId?: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?: 'received' | 'investigating' | 'dismissed' | 'closed';
              /** @enum {string} */
              to: 'received' | 'investigating' | 'dismissed' | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaints.follow': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgeBy: string;
            acknowledgedAt?: string;
            answer?: string;
            answerBy: string;
            closedAt?: string;
            dismissalReason?: string;
            /** @enum {string} */
            outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
            receivedAt: string;
            reference: string;
            /** @enum {string} */
            status: 'received' | 'investigating' | 'dismissed' | 'closed';
            subject: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.documents.list': {
    parameters: {
      query: {
        contextId: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              contentType: string;
              contextId: string;
              /** @enum {string} */
              contextKind:
                | 'dossier_question'
                | 'finding_proof'
                | 'audit_report'
                | 'contract'
                | 'evaluation'
                | 'template';
              createdAt: string;
              deletedAt?: string;
              documentId: string;
              /** @enum {string} */
              fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
              frozenBy?: string[];
              name: string;
              ownerTenantId: string;
              purgeAfter?: string;
              sha256: string;
              size: number;
              updatedAt: string;
              uploadedAt: string;
              uploadedBy: {
                tenantId: string;
                /** @enum {string} */
                tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
                userId: string;
              };
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.files.upload': {
    parameters: {
      query: {
        /** @description Where the document belongs */
        contextId: string;
        /** @description The file’s name, percent-encoded UTF-8; bidi controls are removed */
        filename: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The file’s bytes; its type is checked from them against the name and the context’s rules */
    requestBody: {
      content: {
        '*/*': string;
      };
    };
    responses: {
      /** @description The document */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contentType: string;
            contextId: string;
            /** @enum {string} */
            contextKind:
              'dossier_question' | 'finding_proof' | 'audit_report' | 'contract' | 'evaluation' | 'template';
            createdAt: string;
            deletedAt?: string;
            documentId: string;
            /** @enum {string} */
            fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
            frozenBy?: string[];
            name: string;
            ownerTenantId: string;
            purgeAfter?: string;
            sha256: string;
            size: number;
            updatedAt: string;
            uploadedAt: string;
            uploadedBy: {
              tenantId: string;
              /** @enum {string} */
              tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
              userId: string;
            };
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A media type this route does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.documents.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contentType: string;
            contextId: string;
            /** @enum {string} */
            contextKind:
              'dossier_question' | 'finding_proof' | 'audit_report' | 'contract' | 'evaluation' | 'template';
            createdAt: string;
            deletedAt?: string;
            documentId: string;
            /** @enum {string} */
            fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
            frozenBy?: string[];
            name: string;
            ownerTenantId: string;
            purgeAfter?: string;
            sha256: string;
            size: number;
            updatedAt: string;
            uploadedAt: string;
            uploadedBy: {
              tenantId: string;
              /** @enum {string} */
              tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
              userId: string;
            };
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.documents.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contentType: string;
            contextId: string;
            /** @enum {string} */
            contextKind:
              'dossier_question' | 'finding_proof' | 'audit_report' | 'contract' | 'evaluation' | 'template';
            createdAt: string;
            deletedAt?: string;
            documentId: string;
            /** @enum {string} */
            fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
            frozenBy?: string[];
            name: string;
            ownerTenantId: string;
            purgeAfter?: string;
            sha256: string;
            size: number;
            updatedAt: string;
            uploadedAt: string;
            uploadedBy: {
              tenantId: string;
              /** @enum {string} */
              tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
              userId: string;
            };
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.files.download': {
    parameters: {
      query?: {
        /** @description A former version (default: the current one) */
        version?: string;
      };
      header?: {
        /** @description One byte range (206 Partial Content) */
        Range?: string;
      };
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, in its checked type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.files.replace': {
    parameters: {
      query: {
        /** @description The file’s name, percent-encoded UTF-8; bidi controls are removed */
        filename: string;
      };
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    /** @description The file’s bytes; its type is checked from them against the name and the context’s rules */
    requestBody: {
      content: {
        '*/*': string;
      };
    };
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contentType: string;
            contextId: string;
            /** @enum {string} */
            contextKind:
              'dossier_question' | 'finding_proof' | 'audit_report' | 'contract' | 'evaluation' | 'template';
            createdAt: string;
            deletedAt?: string;
            documentId: string;
            /** @enum {string} */
            fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
            frozenBy?: string[];
            name: string;
            ownerTenantId: string;
            purgeAfter?: string;
            sha256: string;
            size: number;
            updatedAt: string;
            uploadedAt: string;
            uploadedBy: {
              tenantId: string;
              /** @enum {string} */
              tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
              userId: string;
            };
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A media type this route does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'document.documents.versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              contentType: string;
              /** @enum {string} */
              fileKind: 'pdf' | 'xlsx' | 'docx' | 'doc' | 'xls' | 'zip' | 'png' | 'jpeg' | 'odt' | 'ods';
              name: string;
              sha256: string;
              size: number;
              uploadedAt: string;
              uploadedBy: {
                tenantId: string;
                /** @enum {string} */
                tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
                userId: string;
              };
              version: number;
            }[];
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.search': {
    parameters: {
      query?: {
        analystId?: string;
        cbId?: string;
        level?: string;
        organisationId?: string;
        overdue?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        q?: string;
        schemeId?: string;
        sort?:
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'reference'
          | '-reference'
          | 'status'
          | '-status'
          | 'analystId'
          | '-analystId'
          | 'holderName'
          | '-holderName';
        status?:
          | (
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned'
            )
          | (
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned'
            )[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              analystId?: string;
              cbId: string;
              certificate?: {
                certificateId: string;
                /** Format: date-time */
                issuedAt: string;
                number: string;
                /** @enum {string} */
                status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validUntil: string;
              };
              closedReason?: string;
              /** @enum {string} */
              complementaryRequested?: 'documentary' | 'on_site';
              contract?: {
                documentId?: string;
                /** Format: date-time */
                recordedAt: string;
                reference: string;
                /** Format: date */
                signedOn: string;
              };
              /** Format: date-time */
              createdAt: string;
              cycle: {
                renewal?: {
                  /** @enum {string} */
                  auditType: 'renewal' | 'initial';
                  changeOfCb: boolean;
                  newCbId?: string;
                  newDossierId?: string;
                  /** Format: date-time */
                  openedAt: string;
                };
                renewalOf?: {
                  cbId: string;
                  certificateId: string;
                  changeOfCb: boolean;
                  dossierId: string;
                };
                /** Format: date */
                renewalOpensOn?: string;
                surveillanceDue: string[];
              };
              holderName?: string;
              id: string;
              level?: string;
              organisationId: string;
              overdueFindings?: number;
              questionnaire: {
                revision: number;
                /** Format: date-time */
                submittedAt?: string;
                submittedBy?: string;
              };
              reference: string;
              schemeId: string;
              schemeVersion: string;
              scopeChange?: {
                /** Format: date-time */
                decidedAt?: string;
                description: string;
                /** @enum {string} */
                outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
                /** Format: date-time */
                requestedAt: string;
                /** @enum {string} */
                status: 'pending' | 'decided';
              };
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              /** Format: date-time */
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cbId: string;
          level?: string;
          schemeId: string;
          schemeVersion?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.abandon': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.admissibility.declare': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          analystId: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.audits.plan': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          auditorIds: string[];
          /** Format: date */
          endDate: string;
          /** Format: date */
          startDate: string;
          /** @enum {string} */
          type:
            'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditorIds: string[];
            cancelReason?: string;
            cbId: string;
            completedAt?: string;
            dossierId: string;
            endDate: string;
            findingsDeadline: string;
            findingsRecordedAt?: string;
            id: string;
            organisationId: string;
            plannedAt: string;
            plannedBy: string;
            reportDocumentId?: string;
            schemeId: string;
            startDate: string;
            /** @enum {string} */
            status: 'planned' | 'completed' | 'findings_recorded' | 'cancelled';
            /** @enum {string} */
            type:
              'initial' | 'surveillance' | 'renewal' | 'complementary_documentary' | 'complementary_on_site';
            upcomingFrom: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.certificates.reinstate': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.certificates.suspend': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.certificates.withdraw': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.checklist': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            chapters: {
              id: string;
              requirements: {
                controlMethods: (
                  | 'documentary'
                  | 'interview'
                  | 'mystery_call'
                  | 'mystery_visit'
                  | 'mystery_web'
                  | 'mystery_audit'
                  | 'observation'
                )[];
                id: string;
                openFindings: {
                  dueDate: string;
                  findingId: string;
                  number: string;
                  overdue: boolean;
                  /** @enum {string} */
                  severity: 'major' | 'minor';
                  /** @enum {string} */
                  status:
                    | 'recorded'
                    | 'rejected'
                    | 'confirmed'
                    | 'measures_requested'
                    | 'measures_sent'
                    | 'measures_clarification'
                    | 'measures_accepted'
                    | 'proofs_requested'
                    | 'proofs_sent'
                    | 'proofs_clarification'
                    | 'closed';
                }[];
                referenceDocuments: string[];
                text: string;
                title: string;
              }[];
              title: string;
            }[];
            dossierId: string;
            level?: string;
            nextAudit?: {
              auditId: string;
              startDate: string;
              /** @enum {string} */
              type:
                | 'initial'
                | 'surveillance'
                | 'renewal'
                | 'complementary_documentary'
                | 'complementary_on_site';
            };
            openFindings: number;
            reference: string;
            schemeId: string;
            schemeVersion: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.contracts.record': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          documentId?: string;
          reference: string;
          /** Format: date */
          signedOn: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.decisions.list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              certificateId?: string;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              id: string;
              /** @enum {string} */
              kind: 'initial' | 'surveillance' | 'renewal';
              /** @enum {string} */
              outcome:
                | 'grant'
                | 'complementary_documentary_audit'
                | 'complementary_on_site_audit'
                | 'refuse'
                | 'maintain'
                | 'complementary_documentary_control'
                | 'complementary_on_site_control'
                | 'suspend'
                | 'withdraw';
              reason: string;
            }[];
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.decisions.record': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome:
            | 'grant'
            | 'complementary_documentary_audit'
            | 'complementary_on_site_audit'
            | 'refuse'
            | 'maintain'
            | 'complementary_documentary_control'
            | 'complementary_on_site_control'
            | 'suspend'
            | 'withdraw';
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decision: {
              certificateId?: string;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              id: string;
              /** @enum {string} */
              kind: 'initial' | 'surveillance' | 'renewal';
              /** @enum {string} */
              outcome:
                | 'grant'
                | 'complementary_documentary_audit'
                | 'complementary_on_site_audit'
                | 'refuse'
                | 'maintain'
                | 'complementary_documentary_control'
                | 'complementary_on_site_control'
                | 'suspend'
                | 'withdraw';
              reason: string;
            };
            dossier: {
              analystId?: string;
              cbId: string;
              certificate?: {
                certificateId: string;
                /** Format: date-time */
                issuedAt: string;
                number: string;
                /** @enum {string} */
                status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validUntil: string;
              };
              closedReason?: string;
              /** @enum {string} */
              complementaryRequested?: 'documentary' | 'on_site';
              contract?: {
                documentId?: string;
                /** Format: date-time */
                recordedAt: string;
                reference: string;
                /** Format: date */
                signedOn: string;
              };
              /** Format: date-time */
              createdAt: string;
              cycle: {
                renewal?: {
                  /** @enum {string} */
                  auditType: 'renewal' | 'initial';
                  changeOfCb: boolean;
                  newCbId?: string;
                  newDossierId?: string;
                  /** Format: date-time */
                  openedAt: string;
                };
                renewalOf?: {
                  cbId: string;
                  certificateId: string;
                  changeOfCb: boolean;
                  dossierId: string;
                };
                /** Format: date */
                renewalOpensOn?: string;
                surveillanceDue: string[];
              };
              holderName?: string;
              id: string;
              level?: string;
              organisationId: string;
              overdueFindings?: number;
              questionnaire: {
                revision: number;
                /** Format: date-time */
                submittedAt?: string;
                submittedBy?: string;
              };
              reference: string;
              schemeId: string;
              schemeVersion: string;
              scopeChange?: {
                /** Format: date-time */
                decidedAt?: string;
                description: string;
                /** @enum {string} */
                outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
                /** Format: date-time */
                requestedAt: string;
                /** @enum {string} */
                status: 'pending' | 'decided';
              };
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.send': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'measure' | 'proof';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchId: string;
            findings: {
              findingId: string;
              itemIds: string[];
              number: string;
            }[];
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: {
                comment?: string;
                value:
                  | null
                  | boolean
                  | number
                  | string
                  | string[]
                  | {
                      name: string;
                      /** @enum {string} */
                      role: 'site' | 'subcontractor';
                      siret: string;
                    }[];
              };
            };
            dossierId: string;
            organisationId: string;
            reference: string;
            revision: number;
            schemeId: string;
            schemeVersion: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire.save': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers: {
            [key: string]: {
              comment?: string;
              value:
                | null
                | boolean
                | number
                | string
                | string[]
                | {
                    name: string;
                    /** @enum {string} */
                    role: 'site' | 'subcontractor';
                    siret: string;
                  }[];
            };
          };
          revision: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-exports.filled': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
        format: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questionnaire */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-findings.list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date-time */
              closedAt?: string;
              closedBy?: string;
              description: string;
              id: string;
              number: string;
              questionId: string;
              /** Format: date-time */
              raisedAt: string;
              raisedBy: string;
              response?: {
                /** Format: date-time */
                answeredAt: string;
                answeredBy: string;
                correctiveAction?: string;
                documentId?: string;
              };
              /** @enum {string} */
              status: 'open' | 'answered' | 'corrected' | 'closed';
            }[];
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-findings.raise': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          questionId: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            closedAt?: string;
            closedBy?: string;
            description: string;
            id: string;
            number: string;
            questionId: string;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string;
            response?: {
              /** Format: date-time */
              answeredAt: string;
              answeredBy: string;
              correctiveAction?: string;
              documentId?: string;
            };
            /** @enum {string} */
            status: 'open' | 'answered' | 'corrected' | 'closed';
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-findings.answer': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          correctedAnswer?: {
            comment?: string;
            value:
              | null
              | boolean
              | number
              | string
              | string[]
              | {
                  name: string;
                  /** @enum {string} */
                  role: 'site' | 'subcontractor';
                  siret: string;
                }[];
          };
          correctiveAction?: string;
          documentId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            closedAt?: string;
            closedBy?: string;
            description: string;
            id: string;
            number: string;
            questionId: string;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string;
            response?: {
              /** Format: date-time */
              answeredAt: string;
              answeredBy: string;
              correctiveAction?: string;
              documentId?: string;
            };
            /** @enum {string} */
            status: 'open' | 'answered' | 'corrected' | 'closed';
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-findings.close': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            closedAt?: string;
            closedBy?: string;
            description: string;
            id: string;
            number: string;
            questionId: string;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string;
            response?: {
              /** Format: date-time */
              answeredAt: string;
              answeredBy: string;
              correctiveAction?: string;
              documentId?: string;
            };
            /** @enum {string} */
            status: 'open' | 'answered' | 'corrected' | 'closed';
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire.resubmit': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire.submit': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          revision?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.admissibility.refuse': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.renewals.open': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cbId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dossier: {
              analystId?: string;
              cbId: string;
              certificate?: {
                certificateId: string;
                /** Format: date-time */
                issuedAt: string;
                number: string;
                /** @enum {string} */
                status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validUntil: string;
              };
              closedReason?: string;
              /** @enum {string} */
              complementaryRequested?: 'documentary' | 'on_site';
              contract?: {
                documentId?: string;
                /** Format: date-time */
                recordedAt: string;
                reference: string;
                /** Format: date */
                signedOn: string;
              };
              /** Format: date-time */
              createdAt: string;
              cycle: {
                renewal?: {
                  /** @enum {string} */
                  auditType: 'renewal' | 'initial';
                  changeOfCb: boolean;
                  newCbId?: string;
                  newDossierId?: string;
                  /** Format: date-time */
                  openedAt: string;
                };
                renewalOf?: {
                  cbId: string;
                  certificateId: string;
                  changeOfCb: boolean;
                  dossierId: string;
                };
                /** Format: date */
                renewalOpensOn?: string;
                surveillanceDue: string[];
              };
              holderName?: string;
              id: string;
              level?: string;
              organisationId: string;
              overdueFindings?: number;
              questionnaire: {
                revision: number;
                /** Format: date-time */
                submittedAt?: string;
                submittedBy?: string;
              };
              reference: string;
              schemeId: string;
              schemeVersion: string;
              scopeChange?: {
                /** Format: date-time */
                decidedAt?: string;
                description: string;
                /** @enum {string} */
                outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
                /** Format: date-time */
                requestedAt: string;
                /** @enum {string} */
                status: 'pending' | 'decided';
              };
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
            newDossier?: {
              analystId?: string;
              cbId: string;
              certificate?: {
                certificateId: string;
                /** Format: date-time */
                issuedAt: string;
                number: string;
                /** @enum {string} */
                status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validUntil: string;
              };
              closedReason?: string;
              /** @enum {string} */
              complementaryRequested?: 'documentary' | 'on_site';
              contract?: {
                documentId?: string;
                /** Format: date-time */
                recordedAt: string;
                reference: string;
                /** Format: date */
                signedOn: string;
              };
              /** Format: date-time */
              createdAt: string;
              cycle: {
                renewal?: {
                  /** @enum {string} */
                  auditType: 'renewal' | 'initial';
                  changeOfCb: boolean;
                  newCbId?: string;
                  newDossierId?: string;
                  /** Format: date-time */
                  openedAt: string;
                };
                renewalOf?: {
                  cbId: string;
                  certificateId: string;
                  changeOfCb: boolean;
                  dossierId: string;
                };
                /** Format: date */
                renewalOpensOn?: string;
                surveillanceDue: string[];
              };
              holderName?: string;
              id: string;
              level?: string;
              organisationId: string;
              overdueFindings?: number;
              questionnaire: {
                revision: number;
                /** Format: date-time */
                submittedAt?: string;
                submittedBy?: string;
              };
              reference: string;
              schemeId: string;
              schemeVersion: string;
              scopeChange?: {
                /** Format: date-time */
                decidedAt?: string;
                description: string;
                /** @enum {string} */
                outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
                /** Format: date-time */
                requestedAt: string;
                /** @enum {string} */
                status: 'pending' | 'decided';
              };
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.scope-changes.request': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers?: {
            [key: string]: {
              comment?: string;
              value:
                | null
                | boolean
                | number
                | string
                | string[]
                | {
                    name: string;
                    /** @enum {string} */
                    role: 'site' | 'subcontractor';
                    siret: string;
                  }[];
            };
          };
          description: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.scope-changes.decide': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'no_action' | 'documentary_review' | 'extra_audit';
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analystId?: string;
            cbId: string;
            certificate?: {
              certificateId: string;
              /** Format: date-time */
              issuedAt: string;
              number: string;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validUntil: string;
            };
            closedReason?: string;
            /** @enum {string} */
            complementaryRequested?: 'documentary' | 'on_site';
            contract?: {
              documentId?: string;
              /** Format: date-time */
              recordedAt: string;
              reference: string;
              /** Format: date */
              signedOn: string;
            };
            /** Format: date-time */
            createdAt: string;
            cycle: {
              renewal?: {
                /** @enum {string} */
                auditType: 'renewal' | 'initial';
                changeOfCb: boolean;
                newCbId?: string;
                newDossierId?: string;
                /** Format: date-time */
                openedAt: string;
              };
              renewalOf?: {
                cbId: string;
                certificateId: string;
                changeOfCb: boolean;
                dossierId: string;
              };
              /** Format: date */
              renewalOpensOn?: string;
              surveillanceDue: string[];
            };
            holderName?: string;
            id: string;
            level?: string;
            organisationId: string;
            overdueFindings?: number;
            questionnaire: {
              revision: number;
              /** Format: date-time */
              submittedAt?: string;
              submittedBy?: string;
            };
            reference: string;
            schemeId: string;
            schemeVersion: string;
            scopeChange?: {
              /** Format: date-time */
              decidedAt?: string;
              description: string;
              /** @enum {string} */
              outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
              /** Format: date-time */
              requestedAt: string;
              /** @enum {string} */
              status: 'pending' | 'decided';
            };
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'findings_on_questionnaire'
              | 'corrected'
              | 'admissible'
              | 'contracted'
              | 'audit_planned'
              | 'audited'
              | 'findings_open'
              | 'decision_pending'
              | 'certified'
              | 'renewal'
              | 'suspended'
              | 'withdrawn'
              | 'expired'
              | 'refused'
              | 'abandoned';
            /** Format: date-time */
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.trail': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        dossierId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              after?: unknown;
              /** Format: date-time */
              at: string;
              before?: unknown;
              /** @enum {string} */
              fromStatus:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              /** @enum {string} */
              toStatus:
                | 'draft'
                | 'submitted'
                | 'findings_on_questionnaire'
                | 'corrected'
                | 'admissible'
                | 'contracted'
                | 'audit_planned'
                | 'audited'
                | 'findings_open'
                | 'decision_pending'
                | 'certified'
                | 'renewal'
                | 'suspended'
                | 'withdrawn'
                | 'expired'
                | 'refused'
                | 'abandoned';
              what: string;
              who: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.dossiers.assign-many': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          analystId: string;
          dossierIds: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              assigned: boolean;
              dossier?: {
                analystId?: string;
                cbId: string;
                certificate?: {
                  certificateId: string;
                  /** Format: date-time */
                  issuedAt: string;
                  number: string;
                  /** @enum {string} */
                  status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validUntil: string;
                };
                closedReason?: string;
                /** @enum {string} */
                complementaryRequested?: 'documentary' | 'on_site';
                contract?: {
                  documentId?: string;
                  /** Format: date-time */
                  recordedAt: string;
                  reference: string;
                  /** Format: date */
                  signedOn: string;
                };
                /** Format: date-time */
                createdAt: string;
                cycle: {
                  renewal?: {
                    /** @enum {string} */
                    auditType: 'renewal' | 'initial';
                    changeOfCb: boolean;
                    newCbId?: string;
                    newDossierId?: string;
                    /** Format: date-time */
                    openedAt: string;
                  };
                  renewalOf?: {
                    cbId: string;
                    certificateId: string;
                    changeOfCb: boolean;
                    dossierId: string;
                  };
                  /** Format: date */
                  renewalOpensOn?: string;
                  surveillanceDue: string[];
                };
                holderName?: string;
                id: string;
                level?: string;
                organisationId: string;
                overdueFindings?: number;
                questionnaire: {
                  revision: number;
                  /** Format: date-time */
                  submittedAt?: string;
                  submittedBy?: string;
                };
                reference: string;
                schemeId: string;
                schemeVersion: string;
                scopeChange?: {
                  /** Format: date-time */
                  decidedAt?: string;
                  description: string;
                  /** @enum {string} */
                  outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
                  /** Format: date-time */
                  requestedAt: string;
                  /** @enum {string} */
                  status: 'pending' | 'decided';
                };
                /** @enum {string} */
                status:
                  | 'draft'
                  | 'submitted'
                  | 'findings_on_questionnaire'
                  | 'corrected'
                  | 'admissible'
                  | 'contracted'
                  | 'audit_planned'
                  | 'audited'
                  | 'findings_open'
                  | 'decision_pending'
                  | 'certified'
                  | 'renewal'
                  | 'suspended'
                  | 'withdrawn'
                  | 'expired'
                  | 'refused'
                  | 'abandoned';
                /** Format: date-time */
                updatedAt: string;
                version: number;
              };
              dossierId: string;
              error?: {
                code: string;
                message: string;
              };
            }[];
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.establishments.list': {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: 'name' | '-name' | 'siret' | '-siret' | 'createdAt' | '-createdAt';
        trainingOrganisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              certifierId: string;
              createdAt: string;
              id: string;
              name: string;
              networkId: string;
              officialContact: {
                email: unknown;
                firstName: string;
                lastName: string;
              };
              publicContact: {
                email: unknown;
                firstName: string;
                lastName: string;
                phone: string;
              };
              /** @enum {string} */
              region:
                | 'ARA'
                | 'BFC'
                | 'BRE'
                | 'CVL'
                | 'COR'
                | 'GES'
                | 'HDF'
                | 'IDF'
                | 'NOR'
                | 'NAQ'
                | 'OCC'
                | 'PDL'
                | 'PAC'
                | 'GUA'
                | 'MTQ'
                | 'GUF'
                | 'LRE'
                | 'MAY';
              siret: string;
              trainingOrganisationId: string;
              website?: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.establishments.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        establishmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            certifierId: string;
            createdAt: string;
            id: string;
            name: string;
            networkId: string;
            officialContact: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            publicContact: {
              email: unknown;
              firstName: string;
              lastName: string;
              phone: string;
            };
            /** @enum {string} */
            region:
              | 'ARA'
              | 'BFC'
              | 'BRE'
              | 'CVL'
              | 'COR'
              | 'GES'
              | 'HDF'
              | 'IDF'
              | 'NOR'
              | 'NAQ'
              | 'OCC'
              | 'PDL'
              | 'PAC'
              | 'GUA'
              | 'MTQ'
              | 'GUF'
              | 'LRE'
              | 'MAY';
            siret: string;
            trainingOrganisationId: string;
            website?: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.establishments.set-active': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        establishmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            certifierId: string;
            createdAt: string;
            id: string;
            name: string;
            networkId: string;
            officialContact: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            publicContact: {
              email: unknown;
              firstName: string;
              lastName: string;
              phone: string;
            };
            /** @enum {string} */
            region:
              | 'ARA'
              | 'BFC'
              | 'BRE'
              | 'CVL'
              | 'COR'
              | 'GES'
              | 'HDF'
              | 'IDF'
              | 'NOR'
              | 'NAQ'
              | 'OCC'
              | 'PDL'
              | 'PAC'
              | 'GUA'
              | 'MTQ'
              | 'GUF'
              | 'LRE'
              | 'MAY';
            siret: string;
            trainingOrganisationId: string;
            website?: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.habilitations.request': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        establishmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          certifierIds: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              certifierId: string;
              decidedAt?: string;
              endsOn?: string;
              establishmentId: string;
              expired: boolean;
              id: string;
              networkId: string;
              rejectionReason?: string;
              renews?: string;
              requestedAt: string;
              requestedBy: string;
              startsOn?: string;
              /** @enum {string} */
              status: 'pending' | 'validated' | 'rejected';
              trainingOrganisationId: string;
              valid: boolean;
              version: number;
            }[];
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.search': {
    parameters: {
      query?: {
        auditId?: string;
        dossierId?: string;
        overdue?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        requirementId?: string;
        severity?: 'major' | 'minor';
        sort?:
          | 'recordedAt'
          | '-recordedAt'
          | 'dueDate'
          | '-dueDate'
          | 'number'
          | '-number'
          | 'severity'
          | '-severity'
          | 'status'
          | '-status';
        state?: 'open' | 'closed';
        status?:
          | 'recorded'
          | 'rejected'
          | 'confirmed'
          | 'measures_requested'
          | 'measures_sent'
          | 'measures_clarification'
          | 'measures_accepted'
          | 'proofs_requested'
          | 'proofs_sent'
          | 'proofs_clarification'
          | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              auditId: string;
              cbId: string;
              closedAt?: string;
              closingMeetingMeasures?: string;
              description: string;
              dossierId: string;
              dossierReference?: string;
              dueDate: string;
              id: string;
              items: {
                documentIds: string[];
                id: string;
                /** @enum {string} */
                kind: 'measure' | 'proof';
                ready: boolean;
                reviewComment?: string;
                reviewedAt?: string;
                sentAt?: string;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
                text: string;
                updatedAt: string;
              }[];
              late: boolean;
              number: string;
              open: boolean;
              organisationId: string;
              overdue: boolean;
              recordedAt: string;
              recordedBy: string;
              rejectionReason?: string;
              requirementId: string;
              schemeId: string;
              /** @enum {string} */
              severity: 'major' | 'minor';
              /** @enum {string} */
              status:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              trail?: {
                action: string;
                at: string;
                by: string;
                /** @enum {string} */
                from?:
                  | 'recorded'
                  | 'rejected'
                  | 'confirmed'
                  | 'measures_requested'
                  | 'measures_sent'
                  | 'measures_clarification'
                  | 'measures_accepted'
                  | 'proofs_requested'
                  | 'proofs_sent'
                  | 'proofs_clarification'
                  | 'closed';
                /** @enum {string} */
                to:
                  | 'recorded'
                  | 'rejected'
                  | 'confirmed'
                  | 'measures_requested'
                  | 'measures_sent'
                  | 'measures_clarification'
                  | 'measures_accepted'
                  | 'proofs_requested'
                  | 'proofs_sent'
                  | 'proofs_clarification'
                  | 'closed';
                what: string;
              }[];
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.confirm': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.items.add': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          documentIds?: string[];
          /** @enum {string} */
          kind: 'measure' | 'proof';
          text: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.items.edit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        findingId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          documentIds?: string[];
          /** @enum {string} */
          kind: 'measure' | 'proof';
          text?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.items.set-ready': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        findingId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'measure' | 'proof';
          ready: boolean;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.items.review': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          /** @enum {string} */
          decision: 'accept' | 'clarify';
          /** @enum {string} */
          kind: 'measure' | 'proof';
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.request-measures': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.messages.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              at: string;
              authorId: string;
              /** @enum {string} */
              authorSide: 'applicant' | 'certification_body';
              body: string;
              findingId: string;
              id: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.messages.post': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          body: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            at: string;
            authorId: string;
            /** @enum {string} */
            authorSide: 'applicant' | 'certification_body';
            body: string;
            findingId: string;
            id: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.request-proofs': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.findings.reject': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditId: string;
            cbId: string;
            closedAt?: string;
            closingMeetingMeasures?: string;
            description: string;
            dossierId: string;
            dossierReference?: string;
            dueDate: string;
            id: string;
            items: {
              documentIds: string[];
              id: string;
              /** @enum {string} */
              kind: 'measure' | 'proof';
              ready: boolean;
              reviewComment?: string;
              reviewedAt?: string;
              sentAt?: string;
              /** @enum {string} */
              status: 'draft' | 'sent' | 'accepted' | 'clarification_requested';
              text: string;
              updatedAt: string;
            }[];
            late: boolean;
            number: string;
            open: boolean;
            organisationId: string;
            overdue: boolean;
            recordedAt: string;
            recordedBy: string;
            rejectionReason?: string;
            requirementId: string;
            schemeId: string;
            /** @enum {string} */
            severity: 'major' | 'minor';
            /** @enum {string} */
            status:
              | 'recorded'
              | 'rejected'
              | 'confirmed'
              | 'measures_requested'
              | 'measures_sent'
              | 'measures_clarification'
              | 'measures_accepted'
              | 'proofs_requested'
              | 'proofs_sent'
              | 'proofs_clarification'
              | 'closed';
            trail?: {
              action: string;
              at: string;
              by: string;
              /** @enum {string} */
              from?:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              /** @enum {string} */
              to:
                | 'recorded'
                | 'rejected'
                | 'confirmed'
                | 'measures_requested'
                | 'measures_sent'
                | 'measures_clarification'
                | 'measures_accepted'
                | 'proofs_requested'
                | 'proofs_sent'
                | 'proofs_clarification'
                | 'closed';
              what: string;
            }[];
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.habilitations.list': {
    parameters: {
      query?: {
        establishmentId?: string;
        page?: number;
        pageSize?: number;
        sort?: 'requestedAt' | '-requestedAt' | 'startsOn' | '-startsOn' | 'endsOn' | '-endsOn';
        status?: 'pending' | 'validated' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              certifierId: string;
              decidedAt?: string;
              endsOn?: string;
              establishmentId: string;
              expired: boolean;
              id: string;
              networkId: string;
              rejectionReason?: string;
              renews?: string;
              requestedAt: string;
              requestedBy: string;
              startsOn?: string;
              /** @enum {string} */
              status: 'pending' | 'validated' | 'rejected';
              trainingOrganisationId: string;
              valid: boolean;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.habilitations.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        habilitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certifierId: string;
            decidedAt?: string;
            endsOn?: string;
            establishmentId: string;
            expired: boolean;
            id: string;
            networkId: string;
            rejectionReason?: string;
            renews?: string;
            requestedAt: string;
            requestedBy: string;
            startsOn?: string;
            /** @enum {string} */
            status: 'pending' | 'validated' | 'rejected';
            trainingOrganisationId: string;
            valid: boolean;
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.habilitations.decide': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        habilitationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'validated' | 'rejected';
          /** Format: date */
          endsOn?: string;
          reason?: string;
          /** Format: date */
          startsOn?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certifierId: string;
            decidedAt?: string;
            endsOn?: string;
            establishmentId: string;
            expired: boolean;
            id: string;
            networkId: string;
            rejectionReason?: string;
            renews?: string;
            requestedAt: string;
            requestedBy: string;
            startsOn?: string;
            /** @enum {string} */
            status: 'pending' | 'validated' | 'rejected';
            trainingOrganisationId: string;
            valid: boolean;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.jury-sessions.list': {
    parameters: {
      query?: {
        certifierId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        region?: string;
        sort?: 'sittingOn' | '-sittingOn';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              certifierId: string;
              closesOn?: string;
              createdAt: string;
              id: string;
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sittingOn: string;
              title?: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.jury-sessions.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          closesOn?: string;
          region: string;
          /** @enum {string} */
          sendMode: 'digital' | 'paper';
          /** Format: date */
          sittingOn: string;
          title?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certifierId: string;
            closesOn?: string;
            createdAt: string;
            id: string;
            region: string;
            /** @enum {string} */
            sendMode: 'digital' | 'paper';
            sittingOn: string;
            title?: string;
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.jury-sessions.assign': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          candidateIds: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            results: {
              assigned: boolean;
              candidateId: string;
              error?: string;
            }[];
            session: {
              certifierId: string;
              closesOn?: string;
              createdAt: string;
              id: string;
              region: string;
              /** @enum {string} */
              sendMode: 'digital' | 'paper';
              sittingOn: string;
              title?: string;
              version: number;
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'gateway.me.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clientId?: string;
            email?: string;
            perimeter?: {
              establishmentId?: string;
              trainingOrganisationId: string;
            };
            roles: (
              | 'platform_admin'
              | 'scheme_manager'
              | 'cb_admin'
              | 'analyst'
              | 'auditor'
              | 'decision_maker'
              | 'org_admin'
              | 'org_member'
              | 'partner'
              | 'certifier_staff'
              | 'jury_member'
              | 'network_admin'
              | 'network_supervisor'
              | 'training_org_admin'
              | 'training_org_user'
              | 'establishment_admin'
              | 'establishment_user'
            )[];
            tenantId: string;
            /** @enum {string} */
            tenantType: 'platform' | 'cb' | 'organisation' | 'partner' | 'network';
            userId: string;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.networks.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          certifierId?: string;
          head: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
          };
          name: string;
          /** @default false */
          notifyOnCandidacy?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certifierId: string;
            createdAt: string;
            head: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            id: string;
            name: string;
            notifyOnCandidacy: boolean;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.networks.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        networkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certifierId: string;
            createdAt: string;
            head: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            id: string;
            name: string;
            notifyOnCandidacy: boolean;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.training-organisations.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: 'name' | '-name' | 'siren' | '-siren' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path: {
        networkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              billingAddress?: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              billingEmail: string;
              contact: {
                email: unknown;
                firstName: string;
                lastName: string;
              };
              createdAt: string;
              id: string;
              name: string;
              networkId: string;
              siren: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.training-organisations.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        networkId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          billingAddress?: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          /** Format: email */
          billingEmail: string;
          contact: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
          };
          name: string;
          siren: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            billingAddress?: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            billingEmail: string;
            contact: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            createdAt: string;
            id: string;
            name: string;
            networkId: string;
            siren: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'notification.inbox.list': {
    parameters: {
      query?: {
        category?:
          | 'accreditation_request'
          | 'transfer'
          | 'change_of_certifier'
          | 'dossier'
          | 'jury_decision'
          | 'sending_to_certification'
          | 'undelivered_mail'
          | 'accreditation_renewal'
          | 'account'
          | 'submission'
          | 'admissibility'
          | 'findings'
          | 'audit'
          | 'decision'
          | 'certificate'
          | 'complaint';
        content?: string;
        page?: number;
        pageSize?: number;
        read?: 'true' | 'false';
        sort?: 'createdAt' | '-createdAt' | 'title' | '-title' | 'category' | '-category' | 'read' | '-read';
        title?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              category:
                | 'accreditation_request'
                | 'transfer'
                | 'change_of_certifier'
                | 'dossier'
                | 'jury_decision'
                | 'sending_to_certification'
                | 'undelivered_mail'
                | 'accreditation_renewal'
                | 'account'
                | 'submission'
                | 'admissibility'
                | 'findings'
                | 'audit'
                | 'decision'
                | 'certificate'
                | 'complaint';
              content: string;
              createdAt: string;
              eventType?: string;
              id: string;
              link?: string;
              read: boolean;
              readAt?: string;
              title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'notification.preferences.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              /** @enum {string} */
              category:
                | 'accreditation_request'
                | 'transfer'
                | 'change_of_certifier'
                | 'dossier'
                | 'jury_decision'
                | 'sending_to_certification'
                | 'undelivered_mail'
                | 'accreditation_renewal'
                | 'account'
                | 'submission'
                | 'admissibility'
                | 'findings'
                | 'audit'
                | 'decision'
                | 'certificate'
                | 'complaint';
              enabled: boolean;
              mandatory: boolean;
            }[];
            eventTypes: {
              /** @enum {string} */
              category:
                | 'accreditation_request'
                | 'transfer'
                | 'change_of_certifier'
                | 'dossier'
                | 'jury_decision'
                | 'sending_to_certification'
                | 'undelivered_mail'
                | 'accreditation_renewal'
                | 'account'
                | 'submission'
                | 'admissibility'
                | 'findings'
                | 'audit'
                | 'decision'
                | 'certificate'
                | 'complaint';
              enabled: boolean;
              mandatory: boolean;
              type: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'notification.preferences.update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          categories?: {
            [key: string]: boolean;
          };
          eventTypes?: {
            [key: string]: boolean;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              /** @enum {string} */
              category:
                | 'accreditation_request'
                | 'transfer'
                | 'change_of_certifier'
                | 'dossier'
                | 'jury_decision'
                | 'sending_to_certification'
                | 'undelivered_mail'
                | 'accreditation_renewal'
                | 'account'
                | 'submission'
                | 'admissibility'
                | 'findings'
                | 'audit'
                | 'decision'
                | 'certificate'
                | 'complaint';
              enabled: boolean;
              mandatory: boolean;
            }[];
            eventTypes: {
              /** @enum {string} */
              category:
                | 'accreditation_request'
                | 'transfer'
                | 'change_of_certifier'
                | 'dossier'
                | 'jury_decision'
                | 'sending_to_certification'
                | 'undelivered_mail'
                | 'accreditation_renewal'
                | 'account'
                | 'submission'
                | 'admissibility'
                | 'findings'
                | 'audit'
                | 'decision'
                | 'certificate'
                | 'complaint';
              enabled: boolean;
              mandatory: boolean;
              type: string;
            }[];
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'notification.inbox.mark-read': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          all?: true;
          ids?: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unread: number;
            updated: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'notification.inbox.unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            byCategory: {
              [key: string]: number;
            };
            unread: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.organisations.list': {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: 'name' | '-name' | 'siren' | '-siren' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              contacts: {
                /** Format: email */
                email: string;
                name: string;
                phone?: string;
                position?: string;
                /** @enum {string} */
                role: 'main' | 'quality' | 'management' | 'billing' | 'other';
              }[];
              createdAt: string;
              email?: string;
              id: string;
              name: string;
              phone?: string;
              siren: string;
              updatedAt?: string;
              version: number;
              website?: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.organisations.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            contacts: {
              /** Format: email */
              email: string;
              name: string;
              phone?: string;
              position?: string;
              /** @enum {string} */
              role: 'main' | 'quality' | 'management' | 'billing' | 'other';
            }[];
            createdAt: string;
            email?: string;
            id: string;
            name: string;
            phone?: string;
            siren: string;
            updatedAt?: string;
            version: number;
            website?: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.organisations.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          contacts?: {
            /** Format: email */
            email: string;
            name: string;
            phone?: string;
            position?: string;
            /** @enum {string} */
            role: 'main' | 'quality' | 'management' | 'billing' | 'other';
          }[];
          email?: string | null;
          name?: string;
          phone?: string | null;
          version: number;
          website?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            contacts: {
              /** Format: email */
              email: string;
              name: string;
              phone?: string;
              position?: string;
              /** @enum {string} */
              role: 'main' | 'quality' | 'management' | 'billing' | 'other';
            }[];
            createdAt: string;
            email?: string;
            id: string;
            name: string;
            phone?: string;
            siren: string;
            updatedAt?: string;
            version: number;
            website?: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.organisations.set-active': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            contacts: {
              /** Format: email */
              email: string;
              name: string;
              phone?: string;
              position?: string;
              /** @enum {string} */
              role: 'main' | 'quality' | 'management' | 'billing' | 'other';
            }[];
            createdAt: string;
            email?: string;
            id: string;
            name: string;
            phone?: string;
            siren: string;
            updatedAt?: string;
            version: number;
            website?: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.organisations.history': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              after: {
                [key: string]: unknown;
              };
              at: string;
              before: {
                [key: string]: unknown;
              };
              by: string;
              fields: string[];
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.sites.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'siret' | '-siret' | 'name' | '-name' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              address: {
                city: string;
                /** @default FR */
                country: string;
                line1: string;
                line2?: string;
                postalCode: string;
              };
              headquarters: boolean;
              id: string;
              name: string;
              organisationId: string;
              siret: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.sites.add': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          siret: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            headquarters: boolean;
            id: string;
            name: string;
            organisationId: string;
            siret: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.clients.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'createdAt' | '-createdAt' | 'name' | '-name';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              clientId: string;
              createdAt: string;
              createdBy: string;
              id: string;
              name: string;
              ownerTenantId: string;
              scope: {
                cbId?: string;
                schemeId?: string;
                sirens?: string[];
              };
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.clients.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          scope?: {
            cbId?: string;
            schemeId?: string;
            sirens?: string[];
          };
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clientSecret: string;
            partner: {
              clientId: string;
              createdAt: string;
              createdBy: string;
              id: string;
              name: string;
              ownerTenantId: string;
              scope: {
                cbId?: string;
                schemeId?: string;
                sirens?: string[];
              };
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.clients.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clientId: string;
            createdAt: string;
            createdBy: string;
            id: string;
            name: string;
            ownerTenantId: string;
            scope: {
              cbId?: string;
              schemeId?: string;
              sirens?: string[];
            };
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.deliveries.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'createdAt' | '-createdAt';
        status?: 'pending' | 'delivered' | 'dead_letter';
        subscriptionId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attempts: number;
              createdAt: string;
              deadLetteredAt?: string;
              deliveredAt?: string;
              eventId: string;
              eventTime: string;
              eventType: string;
              feedSeq?: number;
              id: string;
              lastAttempt?: {
                at: string;
                durationMs: number;
                error?: string;
                statusCode?: number;
              };
              nextAttemptAt?: string;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'dead_letter';
              subscriptionId: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.deliveries.redeliver': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: number;
            createdAt: string;
            deadLetteredAt?: string;
            deliveredAt?: string;
            eventId: string;
            eventTime: string;
            eventType: string;
            feedSeq?: number;
            id: string;
            lastAttempt?: {
              at: string;
              durationMs: number;
              error?: string;
              statusCode?: number;
            };
            nextAttemptAt?: string;
            /** @enum {string} */
            status: 'pending' | 'delivered' | 'dead_letter';
            subscriptionId: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.feed.stream': {
    parameters: {
      query?: {
        /** @description Resume after this event, on a first connection */
        lastEventId?: string;
      };
      header?: {
        /** @description Resume after this event (EventSource sends it) */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.subscriptions.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              createdAt: string;
              delivery:
                | {
                    /** @constant */
                    kind: 'webhook';
                    url: string;
                  }
                | {
                    /** @constant */
                    kind: 'stream';
                  };
              eventTypes: string[];
              id: string;
              previousSecretValidUntil?: string;
              scope: {
                cbId?: string;
                schemeId?: string;
                sirens?: string[];
              };
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.subscriptions.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          delivery:
            | {
                /** @constant */
                kind: 'webhook';
                /** Format: uri */
                url: string;
              }
            | {
                /** @constant */
                kind: 'stream';
              };
          eventTypes: (
            | 'certhub.dossier.created.v1'
            | 'certhub.dossier.status_changed.v1'
            | 'certhub.dossier.submitted.v1'
            | 'certhub.dossier.assigned.v1'
            | 'certhub.dossier.admissible.v1'
            | 'certhub.dossier.questionnaire_finding_raised.v1'
            | 'certhub.dossier.audit_planned.v1'
            | 'certhub.dossier.audit_completed.v1'
            | 'certhub.dossier.finding_raised.v1'
            | 'certhub.dossier.finding_closed.v1'
            | 'certhub.dossier.decision_recorded.v1'
            | 'certhub.certificate.issued.v1'
            | 'certhub.certificate.renewed.v1'
            | 'certhub.certificate.suspended.v1'
            | 'certhub.certificate.reinstated.v1'
            | 'certhub.certificate.withdrawn.v1'
            | 'certhub.certificate.expired.v1'
            | 'certhub.certificate.rendered.v1'
          )[];
          scope?: {
            cbId?: string;
            schemeId?: string;
            sirens?: string[];
          };
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret?: string;
            subscription: {
              active: boolean;
              createdAt: string;
              delivery:
                | {
                    /** @constant */
                    kind: 'webhook';
                    url: string;
                  }
                | {
                    /** @constant */
                    kind: 'stream';
                  };
              eventTypes: string[];
              id: string;
              previousSecretValidUntil?: string;
              scope: {
                cbId?: string;
                schemeId?: string;
                sirens?: string[];
              };
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.subscriptions.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            delivery:
              | {
                  /** @constant */
                  kind: 'webhook';
                  url: string;
                }
              | {
                  /** @constant */
                  kind: 'stream';
                };
            eventTypes: string[];
            id: string;
            previousSecretValidUntil?: string;
            scope: {
              cbId?: string;
              schemeId?: string;
              sirens?: string[];
            };
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.subscriptions.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            delivery:
              | {
                  /** @constant */
                  kind: 'webhook';
                  url: string;
                }
              | {
                  /** @constant */
                  kind: 'stream';
                };
            eventTypes: string[];
            id: string;
            previousSecretValidUntil?: string;
            scope: {
              cbId?: string;
              schemeId?: string;
              sirens?: string[];
            };
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.subscriptions.rotate-secret': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 86400 */
          overlapSeconds?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            subscription: {
              active: boolean;
              createdAt: string;
              delivery:
                | {
                    /** @constant */
                    kind: 'webhook';
                    url: string;
                  }
                | {
                    /** @constant */
                    kind: 'stream';
                  };
              eventTypes: string[];
              id: string;
              previousSecretValidUntil?: string;
              scope: {
                cbId?: string;
                schemeId?: string;
                sirens?: string[];
              };
            };
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'partner.verify': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          schemeId: string;
          sirets: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checkedAt: string;
            results: {
              certificateNumber?: string;
              certified: boolean;
              siret: string;
              /** @enum {string} */
              status?: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validUntil?: string;
            }[];
            schemeId: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.verify.company': {
    parameters: {
      query: {
        schemeId: string;
        siren?: string;
        siret?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbName: string;
              holderName: string;
              holderSiren: string;
              level?: string;
              number: string;
              schemeId: string;
              schemeTitle: string;
              scope: string[];
              sites: {
                name: string;
                siret: string;
              }[];
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validFrom: string;
              validUntil: string;
            }[];
          };
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.verify.file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The PDF itself */
    requestBody: {
      content: {
        'application/pdf': string;
      };
    };
    responses: {
      /** @description What the registry says */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certificate?: {
              cbName: string;
              holderName: string;
              holderSiren: string;
              level?: string;
              number: string;
              schemeId: string;
              schemeTitle: string;
              scope: string[];
              sites: {
                name: string;
                siret: string;
              }[];
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validFrom: string;
              validUntil: string;
            };
            genuine: boolean;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A media type this route does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.verify.hash': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            certificate?: {
              cbName: string;
              holderName: string;
              holderSiren: string;
              level?: string;
              number: string;
              schemeId: string;
              schemeTitle: string;
              scope: string[];
              sites: {
                name: string;
                siret: string;
              }[];
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validFrom: string;
              validUntil: string;
            };
            genuine: boolean;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.verify.number': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cbName: string;
            holderName: string;
            holderSiren: string;
            level?: string;
            number: string;
            schemeId: string;
            schemeTitle: string;
            scope: string[];
            sites: {
              name: string;
              siret: string;
            }[];
            /** @enum {string} */
            status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
            validFrom: string;
            validUntil: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'certificate.registry.search': {
    parameters: {
      query?: {
        cb?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        schemeId?: string;
        siren?: string;
        sort?: 'holderName' | '-holderName' | 'validUntil' | '-validUntil' | 'number' | '-number';
        status?: 'valid' | 'suspended' | 'withdrawn' | 'expired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              cbName: string;
              holderName: string;
              holderSiren: string;
              level?: string;
              number: string;
              schemeId: string;
              schemeTitle: string;
              scope: string[];
              sites: {
                name: string;
                siret: string;
              }[];
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
              validFrom: string;
              validUntil: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.registrations.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          /** Format: email */
          email: string;
          firstName: string;
          lastName: string;
          /**
           * @default fr
           * @enum {string}
           */
          locale?: 'fr' | 'en';
          organisationName?: string;
          password: string & (unknown & unknown & unknown);
          siret: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organisationId: string;
            /** @constant */
            status: 'email_verification_pending';
            userId: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.schemes.list': {
    parameters: {
      query?: {
        kind?: 'organisation' | 'individual';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: 'schemeId' | '-schemeId' | 'title' | '-title' | 'publishedAt' | '-publishedAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              kind: 'organisation' | 'individual';
              levels: {
                id: string;
                label: string;
              }[];
              /** Format: date-time */
              publishedAt: string;
              questionCount: number;
              requirementCount: number;
              schemeId: string;
              title: string;
              version: string;
              versions: string[];
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.schemes.publish': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          archive: {
            description: string;
            kind: string;
            months?: number;
            statutory?: boolean;
            years?: number;
          }[];
          certificate: {
            communicatedCommitments?: string[];
            mandatoryMentions: string[];
            numberFormat?: string;
            templateId: string;
          };
          chapters: {
            id: string;
            requirements: {
              applicability: {
                [key: string]: boolean;
              };
              controlMethods: (
                | 'documentary'
                | 'interview'
                | 'mystery_call'
                | 'mystery_visit'
                | 'mystery_web'
                | 'mystery_audit'
                | 'observation'
              )[];
              id: string;
              referenceDocuments: string[];
              text: string;
              title: string;
            }[];
            title: string;
          }[];
          complaints?: {
            acknowledgeWithinDays: number;
            answerWithinDays: number;
            appealWithinDays: number;
          };
          cycle: {
            findingsDeadlineDays: number;
            renewalWindowMonths: number;
            surveillance: {
              atMonths: number[];
              /** @enum {string} */
              kind: 'single' | 'yearly';
            };
            upcomingHorizonDays: number;
            validityMonths: number;
          };
          decisionOptions: {
            initial: (
              | 'grant'
              | 'complementary_documentary_audit'
              | 'complementary_on_site_audit'
              | 'refuse'
              | 'maintain'
              | 'complementary_documentary_control'
              | 'complementary_on_site_control'
              | 'suspend'
              | 'withdraw'
            )[];
            surveillance: (
              | 'grant'
              | 'complementary_documentary_audit'
              | 'complementary_on_site_audit'
              | 'refuse'
              | 'maintain'
              | 'complementary_documentary_control'
              | 'complementary_on_site_control'
              | 'suspend'
              | 'withdraw'
            )[];
          };
          documentRules: {
            default: {
              /** @default [] */
              accept?: string[];
              /** @default 8388608 */
              maxBytes?: number;
              /** @default 8 */
              maxCount?: number;
            };
          };
          /** @enum {string} */
          kind: 'organisation' | 'individual';
          levels: {
            id: string;
            label: string;
          }[];
          owner?: string;
          questionnaire: {
            sections: {
              description?: string;
              id: string;
              questions: (
                | {
                    help?: string;
                    id: string;
                    label: string;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'yes_no';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    number?: string;
                    options: {
                      label: string;
                      value: string;
                    }[];
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'single_choice';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    maxSelected?: number;
                    minSelected?: number;
                    number?: string;
                    options: {
                      label: string;
                      value: string;
                    }[];
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'multiple_choice';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    /** @default 500 */
                    maxLength?: number;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'text';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    /** @default 10000 */
                    maxLength?: number;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'long_text';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    /** @default false */
                    integer?: boolean;
                    label: string;
                    max?: number;
                    min?: number;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'number';
                    unit?: string;
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    /** Format: date */
                    max?: string;
                    /** Format: date */
                    min?: string;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'date';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'siret';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    importTemplateDocumentId?: string;
                    label: string;
                    /** @default 500 */
                    maxRows?: number;
                    /** @default 0 */
                    minRows?: number;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /** @constant */
                    type: 'sites_table';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /**
                     * @default {
                     *       "accept": [],
                     *       "maxBytes": 8388608,
                     *       "maxCount": 8
                     *     }
                     */
                    rules?: {
                      /** @default [] */
                      accept?: string[];
                      /** @default 8388608 */
                      maxBytes?: number;
                      /** @default 8 */
                      maxCount?: number;
                    };
                    /** @constant */
                    type: 'file';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
                | {
                    help?: string;
                    id: string;
                    label: string;
                    number?: string;
                    /** @enum {string} */
                    prefill?:
                      | 'siret'
                      | 'legalName'
                      | 'street'
                      | 'postalCode'
                      | 'city'
                      | 'nafCode'
                      | 'phone'
                      | 'email'
                      | 'legalRepresentative.name'
                      | 'legalRepresentative.position'
                      | 'legalRepresentative.email'
                      | 'qualityContact.name'
                      | 'qualityContact.email'
                      | 'sites';
                    /** @default false */
                    required?: boolean;
                    /**
                     * @default {
                     *       "accept": [],
                     *       "maxBytes": 8388608,
                     *       "maxCount": 1
                     *     }
                     */
                    rules?: {
                      /** @default [] */
                      accept?: string[];
                      /** @default 8388608 */
                      maxBytes?: number;
                      /** @default 8 */
                      maxCount?: number;
                    };
                    templateDescription: string;
                    templateDocumentId: string;
                    templateFileName: string;
                    /** @constant */
                    type: 'file_from_template';
                    /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                    visibleWhen?: unknown;
                  }
              )[];
              title: string;
            }[];
            title: string;
          };
          renewalDocuments: string[];
          schemeId: string;
          title: string;
          version: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'organisation' | 'individual';
            levels: {
              id: string;
              label: string;
            }[];
            /** Format: date-time */
            publishedAt: string;
            questionCount: number;
            requirementCount: number;
            schemeId: string;
            title: string;
            version: string;
            versions: string[];
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.schemes.get': {
    parameters: {
      query?: {
        version?: string;
      };
      header?: never;
      path: {
        schemeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            archive: {
              description: string;
              kind: string;
              months?: number;
              statutory?: boolean;
              years?: number;
            }[];
            certificate: {
              communicatedCommitments?: string[];
              mandatoryMentions: string[];
              numberFormat?: string;
              templateId: string;
            };
            chapters: {
              id: string;
              requirements: {
                applicability: {
                  [key: string]: boolean;
                };
                controlMethods: (
                  | 'documentary'
                  | 'interview'
                  | 'mystery_call'
                  | 'mystery_visit'
                  | 'mystery_web'
                  | 'mystery_audit'
                  | 'observation'
                )[];
                id: string;
                referenceDocuments: string[];
                text: string;
                title: string;
              }[];
              title: string;
            }[];
            complaints?: {
              acknowledgeWithinDays: number;
              answerWithinDays: number;
              appealWithinDays: number;
            };
            cycle: {
              findingsDeadlineDays: number;
              renewalWindowMonths: number;
              surveillance: {
                atMonths: number[];
                /** @enum {string} */
                kind: 'single' | 'yearly';
              };
              upcomingHorizonDays: number;
              validityMonths: number;
            };
            decisionOptions: {
              initial: (
                | 'grant'
                | 'complementary_documentary_audit'
                | 'complementary_on_site_audit'
                | 'refuse'
                | 'maintain'
                | 'complementary_documentary_control'
                | 'complementary_on_site_control'
                | 'suspend'
                | 'withdraw'
              )[];
              surveillance: (
                | 'grant'
                | 'complementary_documentary_audit'
                | 'complementary_on_site_audit'
                | 'refuse'
                | 'maintain'
                | 'complementary_documentary_control'
                | 'complementary_on_site_control'
                | 'suspend'
                | 'withdraw'
              )[];
            };
            documentRules: {
              default: {
                /** @default [] */
                accept: string[];
                /** @default 8388608 */
                maxBytes: number;
                /** @default 8 */
                maxCount: number;
              };
            };
            /** @enum {string} */
            kind: 'organisation' | 'individual';
            levels: {
              id: string;
              label: string;
            }[];
            owner?: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            questionnaire: {
              sections: {
                description?: string;
                id: string;
                questions: (
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'yes_no';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      number?: string;
                      options: {
                        label: string;
                        value: string;
                      }[];
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'single_choice';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      maxSelected?: number;
                      minSelected?: number;
                      number?: string;
                      options: {
                        label: string;
                        value: string;
                      }[];
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'multiple_choice';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      /** @default 500 */
                      maxLength: number;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'text';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      /** @default 10000 */
                      maxLength: number;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'long_text';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      /** @default false */
                      integer: boolean;
                      label: string;
                      max?: number;
                      min?: number;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'number';
                      unit?: string;
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      /** Format: date */
                      max?: string;
                      /** Format: date */
                      min?: string;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'date';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'siret';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      importTemplateDocumentId?: string;
                      label: string;
                      /** @default 500 */
                      maxRows: number;
                      /** @default 0 */
                      minRows: number;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /** @constant */
                      type: 'sites_table';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /**
                       * @default {
                       *       "accept": [],
                       *       "maxBytes": 8388608,
                       *       "maxCount": 8
                       *     }
                       */
                      rules: {
                        /** @default [] */
                        accept: string[];
                        /** @default 8388608 */
                        maxBytes: number;
                        /** @default 8 */
                        maxCount: number;
                      };
                      /** @constant */
                      type: 'file';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                  | {
                      help?: string;
                      id: string;
                      label: string;
                      number?: string;
                      /** @enum {string} */
                      prefill?:
                        | 'siret'
                        | 'legalName'
                        | 'street'
                        | 'postalCode'
                        | 'city'
                        | 'nafCode'
                        | 'phone'
                        | 'email'
                        | 'legalRepresentative.name'
                        | 'legalRepresentative.position'
                        | 'legalRepresentative.email'
                        | 'qualityContact.name'
                        | 'qualityContact.email'
                        | 'sites';
                      /** @default false */
                      required: boolean;
                      /**
                       * @default {
                       *       "accept": [],
                       *       "maxBytes": 8388608,
                       *       "maxCount": 1
                       *     }
                       */
                      rules: {
                        /** @default [] */
                        accept: string[];
                        /** @default 8388608 */
                        maxBytes: number;
                        /** @default 8 */
                        maxCount: number;
                      };
                      templateDescription: string;
                      templateDocumentId: string;
                      templateFileName: string;
                      /** @constant */
                      type: 'file_from_template';
                      /** @description A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition } */
                      visibleWhen?: unknown;
                    }
                )[];
                title: string;
              }[];
              title: string;
            };
            renewalDocuments: string[];
            schemeId: string;
            title: string;
            version: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'dossier.questionnaire-exports.blank': {
    parameters: {
      query?: {
        /** @description A version of the scheme (default: the current one) */
        version?: string;
      };
      header?: never;
      path: {
        format: string;
        schemeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questionnaire */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.establishments.create': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        trainingOrganisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: {
            city: string;
            /** @default FR */
            country?: string;
            line1: string;
            line2?: string;
            postalCode: string;
          };
          name: string;
          officialContact: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
          };
          publicContact: {
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
            phone: string;
          };
          /** @enum {string} */
          region:
            | 'ARA'
            | 'BFC'
            | 'BRE'
            | 'CVL'
            | 'COR'
            | 'GES'
            | 'HDF'
            | 'IDF'
            | 'NOR'
            | 'NAQ'
            | 'OCC'
            | 'PDL'
            | 'PAC'
            | 'GUA'
            | 'MTQ'
            | 'GUF'
            | 'LRE'
            | 'MAY';
          siret: string;
          /** Format: uri */
          website?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            address: {
              city: string;
              /** @default FR */
              country: string;
              line1: string;
              line2?: string;
              postalCode: string;
            };
            certifierId: string;
            createdAt: string;
            id: string;
            name: string;
            networkId: string;
            officialContact: {
              email: unknown;
              firstName: string;
              lastName: string;
            };
            publicContact: {
              email: unknown;
              firstName: string;
              lastName: string;
              phone: string;
            };
            /** @enum {string} */
            region:
              | 'ARA'
              | 'BFC'
              | 'BRE'
              | 'CVL'
              | 'COR'
              | 'GES'
              | 'HDF'
              | 'IDF'
              | 'NOR'
              | 'NAQ'
              | 'OCC'
              | 'PDL'
              | 'PAC'
              | 'GUA'
              | 'MTQ'
              | 'GUF'
              | 'LRE'
              | 'MAY';
            siret: string;
            trainingOrganisationId: string;
            website?: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.transfers.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: 'requestedAt' | '-requestedAt';
        status?: 'pending' | 'accepted' | 'refused';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              candidateId: string;
              certifierId: string;
              decidedAt?: string;
              details?: string;
              establishmentId: string;
              fromEstablishmentId: string;
              id: string;
              /** @enum {string} */
              reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
              reference: string;
              refusalReason?: string;
              requestedAt: string;
              requestedBy: string;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'refused';
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.transfers.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        transferId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certifierId: string;
            decidedAt?: string;
            details?: string;
            establishmentId: string;
            fromEstablishmentId: string;
            id: string;
            /** @enum {string} */
            reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
            reference: string;
            refusalReason?: string;
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'refused';
            version: number;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'candidacy.transfers.decide': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'accepted' | 'refused';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateId: string;
            certifierId: string;
            decidedAt?: string;
            details?: string;
            establishmentId: string;
            fromEstablishmentId: string;
            id: string;
            /** @enum {string} */
            reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
            reference: string;
            refusalReason?: string;
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'refused';
            version: number;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.users.list': {
    parameters: {
      query?: {
        enabled?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        q?: string;
        role?:
          | 'platform_admin'
          | 'scheme_manager'
          | 'cb_admin'
          | 'analyst'
          | 'auditor'
          | 'decision_maker'
          | 'org_admin'
          | 'org_member'
          | 'partner'
          | 'certifier_staff'
          | 'jury_member'
          | 'network_admin'
          | 'network_supervisor'
          | 'training_org_admin'
          | 'training_org_user'
          | 'establishment_admin'
          | 'establishment_user';
        sort?:
          | 'email'
          | '-email'
          | 'firstName'
          | '-firstName'
          | 'lastName'
          | '-lastName'
          | 'role'
          | '-role'
          | 'createdAt'
          | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              email: string;
              emailVerified: boolean;
              enabled: boolean;
              firstName: string;
              id: string;
              lastName: string;
              /** @enum {string} */
              locale: 'fr' | 'en';
              /** @enum {string} */
              role:
                | 'platform_admin'
                | 'scheme_manager'
                | 'cb_admin'
                | 'analyst'
                | 'auditor'
                | 'decision_maker'
                | 'org_admin'
                | 'org_member'
                | 'partner'
                | 'certifier_staff'
                | 'jury_member'
                | 'network_admin'
                | 'network_supervisor'
                | 'training_org_admin'
                | 'training_org_user'
                | 'establishment_admin'
                | 'establishment_user';
              tenantId: string;
              tenantType: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.users.invite': {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          establishmentId?: string;
          firstName: string;
          lastName: string;
          /**
           * @default fr
           * @enum {string}
           */
          locale?: 'fr' | 'en';
          /** @enum {string} */
          role:
            | 'platform_admin'
            | 'scheme_manager'
            | 'cb_admin'
            | 'analyst'
            | 'auditor'
            | 'decision_maker'
            | 'org_admin'
            | 'org_member'
            | 'partner'
            | 'certifier_staff'
            | 'jury_member'
            | 'network_admin'
            | 'network_supervisor'
            | 'training_org_admin'
            | 'training_org_user'
            | 'establishment_admin'
            | 'establishment_user';
          trainingOrganisationId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string;
            emailVerified: boolean;
            enabled: boolean;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: 'fr' | 'en';
            /** @enum {string} */
            role:
              | 'platform_admin'
              | 'scheme_manager'
              | 'cb_admin'
              | 'analyst'
              | 'auditor'
              | 'decision_maker'
              | 'org_admin'
              | 'org_member'
              | 'partner'
              | 'certifier_staff'
              | 'jury_member'
              | 'network_admin'
              | 'network_supervisor'
              | 'training_org_admin'
              | 'training_org_user'
              | 'establishment_admin'
              | 'establishment_user';
            tenantId: string;
            tenantType: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.users.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string;
            emailVerified: boolean;
            enabled: boolean;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: 'fr' | 'en';
            /** @enum {string} */
            role:
              | 'platform_admin'
              | 'scheme_manager'
              | 'cb_admin'
              | 'analyst'
              | 'auditor'
              | 'decision_maker'
              | 'org_admin'
              | 'org_member'
              | 'partner'
              | 'certifier_staff'
              | 'jury_member'
              | 'network_admin'
              | 'network_supervisor'
              | 'training_org_admin'
              | 'training_org_user'
              | 'establishment_admin'
              | 'establishment_user';
            tenantId: string;
            tenantType: string;
          };
        };
      };
      /** @description The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'identity.users.set-enabled': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string;
            emailVerified: boolean;
            enabled: boolean;
            firstName: string;
            id: string;
            lastName: string;
            /** @enum {string} */
            locale: 'fr' | 'en';
            /** @enum {string} */
            role:
              | 'platform_admin'
              | 'scheme_manager'
              | 'cb_admin'
              | 'analyst'
              | 'auditor'
              | 'decision_maker'
              | 'org_admin'
              | 'org_member'
              | 'partner'
              | 'certifier_staff'
              | 'jury_member'
              | 'network_admin'
              | 'network_supervisor'
              | 'training_org_admin'
              | 'training_org_user'
              | 'establishment_admin'
              | 'establishment_user';
            tenantId: string;
            tenantType: string;
          };
        };
      };
      /** @description The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or invalid token, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not yours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not application/json in UTF-8 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input, every field listed (or an Idempotency-Key already used for another request) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request headers are too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error; its errorId is in the logs */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
