import { useState } from 'react';

/**
 * The state of a button that opens a dialog and calls the server: open/closed, busy, and the
 * server's message shown inside the dialog — or handed to `onError` when the dialog has no place
 * for it (a plain confirmation). `run` does the call and what follows (notify, redirect).
 */
export function useDialogAction<A extends unknown[]>(run: (...args: A) => Promise<void>, onError?: (message: string) => void) {
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (...args: A) => {
    setLoading(true);
    setError(null);
    try {
      await run(...args);
      setOpen(false);
    } catch (e) {
      const message = (e as Error).message || 'ra.notification.http_error';
      if (onError) onError(message);
      else setError(message);
    } finally {
      setLoading(false);
    }
  };
  const close = () => { setOpen(false); setError(null); };
  return { open, show: () => setOpen(true), close, loading, error, submit };
}
