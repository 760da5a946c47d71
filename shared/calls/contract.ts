import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { phoneNumber } from '../contacts/contract';
import { uploadId } from '../contacts/transfer-contract';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';

const id = z.number().int().positive();

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/**
 * How a call ended. `answered` is set by the server for every call that was answered; the others
 * say why a call was not, and the agent may pick one when ending it (calls.end).
 */
export const CALL_OUTCOMES = ['answered', 'missed', 'noAnswer', 'busy', 'voicemail'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const UNANSWERED_OUTCOMES = ['missed', 'noAnswer', 'busy', 'voicemail'] as const;

export const call = z.object({
  id,
  agentId: id,
  agentName: z.string(),
  direction: z.enum(CALL_DIRECTIONS),
  /** The other party's number as dialled or as the phone system gave it. */
  number: z.string(),
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  startedAt: z.number().int(),
  /** When the other party picked up (outbound) or the agent answered (inbound); null if never. */
  answeredAt: z.number().int().nullable(),
  endedAt: z.number().int().nullable(),
  /** Whole seconds from start to end, ringing included; null while the call runs. */
  durationS: z.number().int().nullable(),
  /** Effective call time: whole seconds from answer to end; 0 for a call never answered. */
  talkS: z.number().int().nullable(),
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  /** The call's recording, attached once it has ended (calls.recording.attach). */
  recording: z.object({ fileName: z.string(), size: z.number().int().min(0) }).nullable(),
  version: z.number().int().positive(),
});
export type Call = z.infer<typeof call>;

/** A contact whose stored phone numbers match a ringing call's number (the screen pop). */
export const callerMatch = z.object({
  id,
  name: z.string(),
  companyName: z.string().nullable(),
});
export type CallerMatch = z.infer<typeof callerMatch>;

/** One agent's calls on one day (calls.daily). */
export const agentDay = z.object({
  agentId: id,
  agentName: z.string(),
  calls: z.number().int(),
  inbound: z.number().int(),
  outbound: z.number().int(),
  answered: z.number().int(),
  /** Sum of the ended calls' durationS. */
  durationS: z.number().int(),
  /** Sum of the ended calls' talkS: the effective call time. */
  talkS: z.number().int(),
});
export type AgentDay = z.infer<typeof agentDay>;

const notes = z.string().trim().max(5_000);

/** The largest recording a call takes, and the audio files accepted, by extension. */
export const MAX_RECORDING_BYTES = 200 * 1024 * 1024;
export const RECORDING_EXTENSIONS = ['mp3', 'wav', 'm4a', 'aac', 'ogg', 'opus', 'amr', 'flac', 'webm', 'wma'];

/** Whether a file is taken as a recording: an audio file, by its extension. */
export function isRecordingName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && RECORDING_EXTENSIONS.includes(fileName.slice(dot + 1).toLowerCase());
}

export const callsProcedures = {
  /**
   * Click-to-call: logs an outbound call by the caller and answers the `tel:` URI the desktop
   * hands to the operating system's phone app (or softphone). The number must be one of the
   * contact's when a contact is given.
   */
  'calls.dial': procedure({
    module: 'calls',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: z.object({ number: phoneNumber, contactId: id.optional() }).strict(),
    output: z.object({ call, dialUri: z.string() }),
  }),
  /**
   * An incoming call rings at the caller's phone: sent by the agent's phone connector (or typed in
   * by the agent). Logs an inbound call for the caller, matches the number against the contacts
   * the caller may see, and pushes `call.ringing` to the caller's windows: the screen pop.
   */
  'calls.ring': procedure({
    module: 'calls',
    lowestRole: 'staff',
    input: z.object({ number: phoneNumber }).strict(),
    output: z.object({ call, matches: z.array(callerMatch) }),
  }),
  /** The call was picked up. CONFLICT once it has ended or was answered already. */
  'calls.answer': procedure({
    module: 'calls',
    lowestRole: 'staff',
    input: z.object({ callId: id }).strict(),
    output: call,
  }),
  /**
   * Hangs up: the durations are counted by the server. An unanswered call takes `outcome`
   * (default: missed for inbound, noAnswer for outbound); an answered one is always `answered`.
   * `contactId` links an unknown caller to a contact. CONFLICT once it has ended.
   */
  'calls.end': procedure({
    module: 'calls',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: z
      .object({
        callId: id,
        outcome: z.enum(UNANSWERED_OUTCOMES).optional(),
        notes: notes.optional(),
        contactId: id.optional(),
      })
      .strict(),
    output: call,
  }),
  /** Notes and contact of an ended call, edited later; a stale version gets CONFLICT. */
  'calls.update': procedure({
    module: 'calls',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: z
      .object({ callId: id, version: z.number().int().positive(), notes, contactId: id.nullable() })
      .strict(),
    output: call,
  }),
  /**
   * Attaches the recording of an ended call from a file sent by `upload` (bridge), replacing any
   * earlier one; the upload is used up. By the call's agent, an admin or the owner.
   */
  'calls.recording.attach': procedure({
    module: 'calls',
    lowestRole: 'staff',
    input: z.object({ callId: id, uploadId }).strict(),
    output: call,
  }),
  /** Prepares a copy of the recording for the bridge's `download`. */
  'calls.recording.download': procedure({
    module: 'calls',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ callId: id }).strict(),
    output: z.object({ downloadId: uploadId, fileName: z.string() }),
  }),
  /** By the call's agent, an admin or the owner; the file is deleted. */
  'calls.recording.remove': procedure({
    module: 'calls',
    lowestRole: 'staff',
    input: z.object({ callId: id }).strict(),
    output: call,
  }),
  /** One call, as the log shows it; NOT_FOUND for a call of a customer the user may not see. */
  'calls.get': procedure({
    module: 'calls',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ callId: id }).strict(),
    output: call,
  }),
  /** Newest first; by contact, by agent, or one day of the caller's time zone. */
  'calls.list': procedure({
    module: 'calls',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: z
      .object({
        contactId: id.optional(),
        agentId: id.optional(),
        day: calendarDay.optional(),
        timeZone: timeZone.optional(),
        cursor: pageCursor,
        limit: pageLimit,
      })
      .strict()
      .refine((input) => input.day === undefined || input.timeZone !== undefined, {
        message: 'a day needs its time zone',
        path: ['timeZone'],
      }),
    output: page(call),
  }),
  /** Each agent's call volume, call duration and effective call time on one day of the caller's time zone. */
  'calls.daily': procedure({
    module: 'calls',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ day: calendarDay, timeZone }).strict(),
    output: z.object({ items: z.array(agentDay) }),
  }),
};
