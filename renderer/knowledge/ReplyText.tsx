import { Anchor } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { Link } from 'react-router';
import { articlePath, replyParts } from '../../shared/knowledge/reference';

/** A reply's text with its article references (shared/knowledge/reference.ts) as links to them. */
export function ReplyText({ body }: { body: string }) {
  return (
    <>
      {replyParts(body).map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <Anchor key={index} component={Link} to={articlePath(part.id)} fw={500}>
            <IconBook size={14} style={{ verticalAlign: '-2px', marginRight: 2 }} aria-hidden />
            {part.title}
          </Anchor>
        ),
      )}
    </>
  );
}
