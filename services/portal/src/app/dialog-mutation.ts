import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * The action a dialog confirms: the dialog closes once it succeeded, then the queries that show
 * its result (`refresh`) are fetched again behind it. `dialog` spreads into DialogForm (opened,
 * onClose, the error to show).
 */
export function useDialogMutation<TData, TVariables = void>({
  mutationFn,
  refresh = [],
  onSuccess,
  onError,
}: {
  mutationFn: (variables: TVariables) => Promise<TData>;
  refresh?: readonly QueryKey[];
  /** What else the success resets (the form, a typed text), before the queries are refreshed. */
  onSuccess?: () => void;
  onError?: (error: Error) => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn,
    onSuccess: async () => {
      close();
      onSuccess?.();
      await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError,
  });
  return { ...mutation, opened, open, close, dialog: { opened, onClose: close, error: mutation.error } };
}
