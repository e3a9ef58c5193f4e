import { useEffect } from 'react';

interface UndoBarProps {
  message: string;
  onUndo(): void;
  onClose(): void;
}

const SHOW_MS = 8_000;

/** "Removed … · Undo", for a few seconds after a removal. */
export function UndoBar({ message, onUndo, onClose }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [message, onClose]);
  return (
    <div className="undo" role="status">
      <span>{message}</span>
      <button type="button" className="lens-button" data-action="undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
