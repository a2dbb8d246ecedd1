import type { Candidate } from '@certhub/contracts';
import { Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { UploadZone } from '../upload/UploadZone';
import { CANDIDATE_FILE_RULES } from './records';

/**
 * Files of one of the candidate's records, uploaded to the candidate's context under a visible
 * label that also names the group (the zone's own button reads "choose files" in every zone).
 */
export function CandidateUpload({
  candidate,
  label,
  value,
  onChange,
  single = false,
  error,
}: {
  candidate: Pick<Candidate, 'filesContextId'>;
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** One file (a matrix, a certificate of attendance): a new one replaces the previous one. */
  single?: boolean;
  /** The form's (or the API's) refusal of this field. */
  error?: ReactNode;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} aria-describedby={error ? `${id}-error` : undefined}>
      <Text fw={500} size="sm" mb={4} id={id}>
        {label}
      </Text>
      <UploadZone
        label={label}
        contextId={candidate.filesContextId}
        value={value}
        onChange={single ? (ids) => onChange(ids.slice(-1)) : onChange}
        rules={single ? { ...CANDIDATE_FILE_RULES, maxCount: 1 } : CANDIDATE_FILE_RULES}
      />
      {error && (
        <Text id={`${id}-error`} c="red.9" size="sm" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
