/** IPC channel names shared by the main process and the preload. */
export const CALL_CHANNEL = 'crm:call';
export const EVENT_CHANNEL = 'crm:event';
export const COMMAND_CHANNEL = 'crm:command';
export const UPLOAD_CHANNEL = 'crm:upload';
export const DOWNLOAD_CHANNEL = 'crm:download';
export const REMOTE_LAUNCH_CHANNEL = 'crm:remote-launch';
export const SUPPORT_LAUNCH_CHANNEL = 'crm:support-launch';
export const REMOTE_DETECT_CHANNEL = 'crm:remote-detect';
export const REMOTE_TEST_CHANNEL = 'crm:remote-test';
