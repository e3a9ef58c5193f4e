interface ActionErrorProps {
  message: string;
}

/**
 * Why the last save, tag or note of this paper failed (a full disk, a refused request), shown where
 * the user acted until an action on the paper succeeds. Text only: the message comes from the background.
 */
export function ActionError({ message }: ActionErrorProps) {
  return (
    <span className="lens-error" role="alert" data-testid="lens-error">
      {message}
    </span>
  );
}
