import type { User } from '../../../../shared/auth/contract';
import {
  isRecordingName,
  MAX_RECORDING_BYTES,
  RECORDING_EXTENSIONS,
  type Call,
  type CallDirection,
  type CallOutcome,
  type callsProcedures,
} from '../../../../shared/calls/contract';
import { digitsOf, sameNumber } from '../../../../shared/contacts/phone';
import type { EventData } from '../../../../shared/events';
import { CrmError } from '../../../../shared/errors';
import { addDays } from '../../../../shared/installation/calendar';
import { roleAtLeast } from '../../../../shared/roles';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import type { CustomerScope } from '../contacts/visibility';
import { tooLarge } from '../../jobs/temp-files';
import { startOfDay } from '../followups/day';
import { dialUri } from './dial-uri';
import type { CallRepository } from './repository';

const invalid = (path: string, message: string) =>
  new CrmError('VALIDATION', 'Some fields are not valid.', { issues: [{ path: [path], message }] });

const UNANSWERED_DEFAULT: Record<CallDirection, CallOutcome> = { inbound: 'missed', outbound: 'noAnswer' };

/** The instants a calendar day of `timeZone` spans: [from, to). */
const dayBounds = (day: string, timeZone: string) => ({
  from: startOfDay(day, timeZone),
  to: startOfDay(addDays(day, 1), timeZone),
});

export function callsHandlers(
  ctx: CoreContext,
  calls: CallRepository,
): HandlersFor<keyof typeof callsProcedures> {
  const changed = (call: Call, action: EventData<'call.changed'>['action']) => {
    ctx.events.emit('call.changed', { id: call.id, action, version: call.version });
    return call;
  };

  /** A contact a call may be linked to: one that exists and is not in the trash. */
  const liveContact = (contactId: number) => {
    const contact = ctx.contacts.get(contactId);
    if (contact.deletedAt !== null) throw invalid('contactId', 'this contact is in the trash');
    return contact;
  };

  /** The call, if `user` took or made it or is an admin or the owner. */
  const ownCall = (callId: number, user: User) => {
    const call = calls.get(callId);
    if (call.agentId !== user.id && !roleAtLeast(user.role, 'admin')) {
      throw new CrmError('FORBIDDEN', 'Only the agent on this call can change it.');
    }
    return call;
  };

  /** The call, unless it belongs to a customer the user may not see. */
  const visibleCall = (callId: number, scope: CustomerScope) => {
    const call = calls.get(callId);
    if (call.contactId !== null && !ctx.customers.canSee(scope, call.contactId)) {
      throw new CrmError('NOT_FOUND', 'This call does not exist.', { id: callId });
    }
    return call;
  };

  const conflict = (callId: number, message: string) =>
    new CrmError('CONFLICT', message, { currentVersion: calls.get(callId).version });

  return {
    'calls.dial': ({ number, contactId }, { session }) => {
      if (contactId !== undefined) {
        if (!liveContact(contactId).phones.some((phone) => sameNumber(phone, number))) {
          throw invalid('number', 'not one of this contact’s numbers');
        }
      }
      const call = calls.log({
        agentId: session!.user.id,
        contactId: contactId ?? null,
        direction: 'outbound',
        number,
        at: ctx.now(),
      });
      return { call: changed(call, 'dialled'), dialUri: dialUri(number) };
    },
    'calls.ring': ({ number }, { session, scope }) => {
      // Digits only (with the `+` kept), so that the contacts' search takes it as a phone lookup.
      const query = `${number.startsWith('+') ? '+' : ''}${digitsOf(number)}`;
      const matches = ctx.contacts
        .search(query, 5, scope)
        .map(({ id, name, companyName }) => ({ id, name, companyName }));
      const agentId = session!.user.id;
      const call = calls.log({
        agentId,
        contactId: matches.length === 1 ? matches[0]!.id : null,
        direction: 'inbound',
        number,
        at: ctx.now(),
      });
      ctx.events.emit('call.ringing', { call, matches }, { kind: 'users', userIds: [agentId] });
      return { call: changed(call, 'rang'), matches };
    },
    'calls.answer': ({ callId }, { session }) => {
      const call = ownCall(callId, session!.user);
      if (
        call.endedAt !== null ||
        call.answeredAt !== null ||
        !calls.answer(callId, call.version, ctx.now())
      ) {
        throw conflict(callId, 'This call was already answered or has ended.');
      }
      return changed(calls.get(callId), 'answered');
    },
    'calls.end': ({ callId, outcome, notes, contactId }, { session }) => {
      const call = ownCall(callId, session!.user);
      if (call.endedAt !== null) throw conflict(callId, 'This call has already ended.');
      if (call.answeredAt !== null && outcome !== undefined) {
        throw invalid('outcome', 'an answered call’s outcome is always answered');
      }
      if (contactId !== undefined) liveContact(contactId);
      const ended = calls.end(callId, call.version, {
        at: ctx.now(),
        outcome: call.answeredAt !== null ? 'answered' : (outcome ?? UNANSWERED_DEFAULT[call.direction]),
        notes: notes === undefined ? call.notes : notes || null,
        contactId: contactId ?? call.contactId,
      });
      if (!ended) throw conflict(callId, 'This call has already ended.');
      return changed(calls.get(callId), 'ended');
    },
    'calls.update': ({ callId, version, notes, contactId }, { session }) => {
      const call = ownCall(callId, session!.user);
      if (call.endedAt === null)
        throw conflict(callId, 'This call is still running; edit it once it has ended.');
      const stale = () => conflict(callId, 'Someone else changed this call since you opened it.');
      // Stale first: the contact a stale form names may be one a merge has since put in the trash.
      if (call.version !== version) throw stale();
      if (contactId !== null) liveContact(contactId);
      if (!calls.update(callId, version, notes || null, contactId, ctx.now())) throw stale();
      return changed(calls.get(callId), 'updated');
    },
    'calls.recording.attach': ({ callId, uploadId }, { session }) => {
      const user = session!.user;
      const call = ownCall(callId, user);
      if (call.endedAt === null) throw conflict(callId, 'Attach the recording once the call has ended.');
      const { fileName, size } = ctx.files.uploadInfo(uploadId, user.id);
      if (size > MAX_RECORDING_BYTES) throw tooLarge(MAX_RECORDING_BYTES);
      if (!isRecordingName(fileName)) {
        throw invalid('uploadId', `a recording is an audio file (${RECORDING_EXTENSIONS.join(', ')})`);
      }
      const earlier = calls.recordingFile(callId);
      const storedAs = ctx.attachmentFiles.keep(ctx.files.takeUpload(uploadId, user.id));
      try {
        calls.setRecording(callId, { fileName, storedAs, size }, ctx.now());
      } catch (error) {
        ctx.attachmentFiles.remove(storedAs);
        throw error;
      }
      if (earlier) ctx.attachmentFiles.remove(earlier);
      return changed(calls.get(callId), 'updated');
    },
    'calls.get': ({ callId }, { scope }) => visibleCall(callId, scope),
    'calls.recording.download': ({ callId }, { session, scope }) => {
      const call = visibleCall(callId, scope);
      const storedAs = calls.recordingFile(callId);
      const path = storedAs === null ? null : ctx.attachmentFiles.pathOf(storedAs);
      if (!call.recording || !path) {
        throw new CrmError('NOT_FOUND', 'This call has no recording in the data folder.', {
          id: callId,
          file: 'missing',
        });
      }
      const downloadId = ctx.files.saveDownloadCopy(session!.user.id, call.recording.fileName, path);
      return { downloadId, fileName: call.recording.fileName };
    },
    'calls.recording.remove': ({ callId }, { session }) => {
      ownCall(callId, session!.user);
      const storedAs = calls.recordingFile(callId);
      if (storedAs === null) throw new CrmError('NOT_FOUND', 'This call has no recording.', { id: callId });
      calls.setRecording(callId, null, ctx.now());
      ctx.attachmentFiles.remove(storedAs);
      return changed(calls.get(callId), 'updated');
    },
    'calls.list': ({ contactId, agentId, day, timeZone, cursor, limit }, { scope }) =>
      calls.page({
        contactId,
        agentId,
        startedIn: day !== undefined && timeZone !== undefined ? dayBounds(day, timeZone) : undefined,
        scope,
        cursor: cursor ?? null,
        limit: limit ?? 50,
      }),
    'calls.daily': ({ day, timeZone }) => {
      const { from, to } = dayBounds(day, timeZone);
      return { items: calls.perAgent(from, to) };
    },
  };
}
