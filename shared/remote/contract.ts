import { z } from 'zod';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';
import { checkProfile, LAUNCH_MODES, type ToolProfile } from './launch-plan';
import { MAX_REMOTE_ID, REMOTE_TOOLS } from './remote-id';

const id = z.number().int().positive();
const version = z.number().int().min(0);

/** A profile's fields, before its templates are checked (a tool's test reports their problems). */
export const toolProfileFields = z
  .object({
    tool: z.enum(REMOTE_TOOLS),
    launch: z.enum(LAUNCH_MODES),
    program: z.string().max(500).nullable(),
    uriTemplate: z.string().max(500).nullable(),
    argTemplate: z.array(z.string().max(200)).max(10).nullable(),
  })
  .strict();

export const toolProfile = toolProfileFields.superRefine((profile: ToolProfile, ctx) => {
  const problem = checkProfile(profile);
  if (problem) ctx.addIssue({ code: 'custom', path: [], message: `profile: ${problem}` });
});

/** The company's tools, one profile per tool, and the one the launch dialog offers first. */
export const remoteSettings = z.object({
  version,
  profiles: z.array(toolProfile),
  defaultTool: z.enum(REMOTE_TOOLS).nullable(),
});
export type RemoteSettings = z.infer<typeof remoteSettings>;

export const REMOTE_OUTCOMES = ['solved', 'followUp', 'notSolved', 'noConnection'] as const;
export type RemoteOutcome = (typeof REMOTE_OUTCOMES)[number];

export const remoteSession = z.object({
  id,
  agentId: id,
  agentName: z.string(),
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  workOrderId: id.nullable(),
  workOrderNumber: z.string().nullable(),
  tool: z.enum(REMOTE_TOOLS),
  remoteId: z.string(),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
  /** Whole seconds from start to end; null while it runs. */
  durationS: z.number().int().nullable(),
  outcome: z.enum(REMOTE_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  version: z.number().int().positive(),
});
export type RemoteSession = z.infer<typeof remoteSession>;

/**
 * What will be launched (shared/remote/launch-plan.ts PlannedLaunch). The desktop app rebuilds
 * the launch from the stored session rather than trusting this copy.
 */
export const plannedLaunch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('uri'), uri: z.string() }),
  z.object({ kind: z.literal('program'), program: z.string().nullable(), args: z.array(z.string()) }),
]);

/** The vendor's remote help: who to quote and what to open, or that the support plan has ended. */
export const vendorHelp = z.object({
  licenseId: z.string().nullable(),
  /** The last day of included support (YYYY-MM-DD); null during the trial. */
  supportUntil: z.string().nullable(),
  supported: z.boolean(),
  /** A fresh code per request, read out to support so they find this request; null when not supported. */
  supportCode: z.string().nullable(),
  requestId: id.nullable(),
  /** The tool opened to be helped, and how; null when no profile of the company has such a mode. */
  tool: z.enum(REMOTE_TOOLS).nullable(),
  launch: plannedLaunch.nullable(),
});
export type VendorHelp = z.infer<typeof vendorHelp>;

export const monthInput = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const remoteProcedures = {
  'remote.settings.get': procedure({
    module: 'remote',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: remoteSettings,
  }),
  'remote.settings.save': procedure({
    module: 'remote',
    lowestRole: 'admin',
    input: z
      .object({
        version,
        profiles: z.array(toolProfile).max(REMOTE_TOOLS.length),
        defaultTool: z.enum(REMOTE_TOOLS).nullable(),
      })
      .strict(),
    output: remoteSettings,
  }),
  /** The remote ids a contact is known by, per tool, remembered from earlier sessions. */
  'remote.contactIds': procedure({
    module: 'remote',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: z.object({ contactId: id }).strict(),
    output: z.object({ items: z.array(z.object({ tool: z.enum(REMOTE_TOOLS), remoteId: z.string() })) }),
  }),
  /** Logs the session's start and answers what to launch; the id is remembered on the contact. */
  'remote.start': procedure({
    module: 'remote',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: z
      .object({
        tool: z.enum(REMOTE_TOOLS),
        remoteId: z.string().max(MAX_REMOTE_ID * 2),
        contactId: id.optional(),
        workOrderId: id.optional(),
      })
      .strict(),
    output: z.object({ session: remoteSession, launch: plannedLaunch }),
  }),
  'remote.end': procedure({
    module: 'remote',
    lowestRole: 'staff',
    input: z
      .object({
        sessionId: id,
        outcome: z.enum(REMOTE_OUTCOMES).optional(),
        notes: z.string().trim().max(5_000).optional(),
      })
      .strict(),
    output: remoteSession,
  }),
  'remote.list': procedure({
    module: 'remote',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: z
      .object({ contactId: id.optional(), workOrderId: id.optional(), cursor: pageCursor, limit: pageLimit })
      .strict(),
    output: page(remoteSession),
  }),
  /** Every edition, trial included: asks the vendor for remote help and logs the request. */
  'remote.vendorHelp': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: vendorHelp,
  }),
  /** Service time per agent in a month, counted in the caller's time zone. */
  'remote.report': procedure({
    module: 'remote',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ month: monthInput, timeZone }).strict(),
    output: z.object({
      items: z.array(
        z.object({
          agentId: id,
          agentName: z.string(),
          sessions: z.number().int(),
          seconds: z.number().int(),
        }),
      ),
    }),
  }),
};
