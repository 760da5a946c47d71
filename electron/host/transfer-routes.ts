import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { MAX_UPLOAD_BYTES } from '../../shared/contacts/transfer-contract';
import { CrmError } from '../../shared/errors';
import type { Core } from '../core/core';
import { findDownload, receiveUpload, tooLarge } from '../core/jobs/file-transfer';
import { sendError } from './http-errors';
import { bearerToken } from './rpc-route';

/** A header's value decoded from percent-encoding (file names may be Chinese); '' if malformed. */
function decodedHeader(value: string | string[] | undefined): string {
  try {
    return decodeURIComponent(typeof value === 'string' ? value : '');
  } catch {
    return '';
  }
}

/** `filename*` for any name, and a plain ASCII `filename` for old clients. */
const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/**
 * Files too large for a procedure call: `POST /api/uploads` (the raw bytes, the name in
 * `X-File-Name`, percent-encoded) answers `{ result: { uploadId, size } }`; `GET /api/downloads/<id>`
 * sends a prepared export or error list. Both need `Authorization: Bearer <token>`.
 */
export function transferRoutes(core: Core, maxUploadBytes = MAX_UPLOAD_BYTES) {
  return async function register(app: FastifyInstance): Promise<void> {
    // Only raw bytes; the body is streamed to disk as it arrives and the size cap counted there.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    app.post('/api/uploads', async (request, reply) => {
      try {
        const token = bearerToken(request.headers.authorization);
        const declared = Number(request.headers['content-length'] ?? 0);
        const body = request.body as AsyncIterable<Uint8Array> | undefined;
        if (!body || typeof body[Symbol.asyncIterator] !== 'function') {
          throw new CrmError('VALIDATION', "Send the file's bytes as application/octet-stream.");
        }
        if (declared > maxUploadBytes) throw tooLarge(maxUploadBytes);
        const result = await receiveUpload(
          core,
          token,
          decodedHeader(request.headers['x-file-name']),
          body,
          maxUploadBytes,
        );
        return reply.send({ result });
      } catch (error) {
        if (!(error instanceof CrmError)) throw error;
        // The rest of a refused body is not read: the connection closes after the answer.
        reply.header('connection', 'close');
        return sendError(reply, error.toShape());
      }
    });

    app.get<{ Params: { id: string } }>('/api/downloads/:id', async (request, reply) => {
      try {
        const file = findDownload(core, bearerToken(request.headers.authorization), request.params.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-length', String(file.size))
          .header('content-disposition', attachment(file.fileName))
          .header('cache-control', 'no-store')
          .send(createReadStream(file.path));
      } catch (error) {
        if (!(error instanceof CrmError)) throw error;
        return sendError(reply, error.toShape());
      }
    });
  };
}
