import { isRecordingName, MAX_RECORDING_BYTES } from '../../shared/calls/contract';

export type RecordingProblem = 'tooLarge' | 'notAudio';

/** Why a picked file cannot be a call's recording, checked before it is sent; null when it can. */
export function recordingProblem(file: { name: string; size: number }): RecordingProblem | null {
  if (file.size > MAX_RECORDING_BYTES) return 'tooLarge';
  return isRecordingName(file.name) ? null : 'notAudio';
}
