import { MAX_LICENSE_TEXT } from '../../shared/license/key-text';

/**
 * The text of a licence file. Only as much is read as a key could ever be, plus one character,
 * so that a wrong (huge) file is refused as too long without being loaded whole.
 */
export function readLicenseFile(file: Blob): Promise<string> {
  return file.slice(0, MAX_LICENSE_TEXT + 1).text();
}
