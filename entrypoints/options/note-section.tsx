import { useLiveQuery } from 'dexie-react-hooks';
import { PaperNote } from '@/components/options/paper-note';
import { db } from '@/lib/db/db';
import { sendMessage } from '@/lib/messaging';
import { lookup } from '@/lib/reads/lookup';
import { loadKnownPaper } from '@/lib/reads/reading-view';

/** The note of the paper the page was opened on, with what the reading list and packs know of it. */
export function NoteSection({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const [info, pack, note, entry] = await Promise.all([
      lookup(db, { ids: [id], titles: {} }),
      loadKnownPaper(db, id),
      db.notes.get(id),
      db.readingList.get(id),
    ]);
    return { info: info[id]!, title: entry?.title ?? pack.title, note: note?.text ?? '' };
  }, [id]);
  if (!data) return null;
  return (
    <PaperNote
      id={id}
      title={data.title}
      note={data.note}
      curatedTags={data.info.curatedTags}
      userTags={data.info.userTags}
      onSave={(text) => void sendMessage('setNote', { id, text })}
    />
  );
}
