import { CrmError } from '../../shared/errors';

export interface StartupErrorMessage {
  title: string;
  body: string;
}

/** The error box shown when the app cannot start (it quits afterwards). */
export function startupErrorMessage(appName: string, error: unknown): StartupErrorMessage {
  if (error instanceof CrmError && error.code === 'DATABASE_TOO_NEW') {
    return {
      title: `${appName} needs an update`,
      body: `${error.message}\n\nYour data has not been changed.`,
    };
  }
  return {
    title: `${appName} could not start`,
    body: error instanceof Error ? error.message : String(error),
  };
}
