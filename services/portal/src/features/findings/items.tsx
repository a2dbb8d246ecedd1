import { Badge, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, ToneBadge } from '../../app/feedback';
import { UploadZone } from '../upload/UploadZone';
import {
  OPEN_FOR,
  proofsContextId,
  useFindingStep,
  type Finding,
  type FindingItem,
  type ItemKind,
} from './api';

const PROOF_RULES = { accept: [], maxBytes: 8 * 1024 * 1024, maxCount: 8 };

/** Text and, for a proof, its files: the same fields to draft a new item or edit a draft. */
function ItemEditor({
  finding,
  kind,
  item,
  onDone,
}: {
  finding: Finding;
  kind: ItemKind;
  item?: FindingItem;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(item?.text ?? '');
  const [documentIds, setDocumentIds] = useState(item?.documentIds ?? []);
  const save = useFindingStep(async () => {
    const body = {
      version: finding.version,
      kind,
      text: text.trim(),
      ...(kind === 'proof' ? { documentIds } : {}),
    };
    const path = { findingId: finding.id };
    await unwrap(
      item
        ? api.PUT('/api/v1/findings/{findingId}/items/{itemId}', {
            params: { path: { ...path, itemId: item.id } },
            body,
          })
        : api.POST('/api/v1/findings/{findingId}/items', { params: { path }, body }),
    );
    if (!item) {
      setText('');
      setDocumentIds([]);
    }
    onDone?.();
  });
  const label = t(kind === 'measure' ? 'findings.measureText' : 'findings.proofText', {
    number: finding.number,
  });
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        value={text}
        autosize
        minRows={2}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {kind === 'proof' && (
        <UploadZone
          label={t('findings.proofFiles', { number: finding.number })}
          contextId={proofsContextId(finding.id)}
          value={documentIds}
          onChange={setDocumentIds}
          rules={PROOF_RULES}
        />
      )}
      <FormError error={save.error} message={(message) => t('findings.failed', { message })} />
      <Group gap="xs">
        <Button
          size="xs"
          loading={save.isPending}
          disabled={!text.trim()}
          onClick={() => save.mutate(undefined)}
        >
          {t(item ? 'findings.saveDraft' : kind === 'measure' ? 'findings.addMeasure' : 'findings.addProof')}
        </Button>
        {onDone && (
          <Button size="xs" variant="default" onClick={onDone}>
            {t('findings.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function ItemRow({ finding, item, open }: { finding: Finding; item: FindingItem; open: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [clicked, setClicked] = useState<boolean>();
  const ready = useFindingStep(async (value: boolean) =>
    unwrap(
      api.PUT('/api/v1/findings/{findingId}/items/{itemId}/ready', {
        params: { path: { findingId: finding.id, itemId: item.id } },
        body: { version: finding.version, kind: item.kind, ready: value },
      }),
    ),
  );
  const draft = item.status === 'draft' && open;
  if (editing)
    return <ItemEditor finding={finding} kind={item.kind} item={item} onDone={() => setEditing(false)} />;
  return (
    <Stack gap={4} component="li" className="finding-item">
      <Group gap="xs">
        <ToneBadge color={item.status === 'accepted' ? 'green' : item.status === 'draft' ? 'gray' : 'indigo'}>
          {t(`findings.itemStatus.${item.status}`)}
        </ToneBadge>
        {item.status === 'draft' && item.ready && (
          <Badge variant="outline" tt="none" color="green.9">
            {t('findings.readyBadge')}
          </Badge>
        )}
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
      {item.documentIds.length > 0 && (
        <UploadZone
          label={t('findings.proofFiles', { number: finding.number })}
          contextId={proofsContextId(finding.id)}
          value={item.documentIds}
          onChange={() => undefined}
          rules={PROOF_RULES}
          readOnly
        />
      )}
      {item.reviewComment && (
        <Text size="sm" c="red.9">
          {t('findings.clarification', { comment: item.reviewComment })}
        </Text>
      )}
      {draft && (
        <Group gap="md">
          <Checkbox
            label={t('findings.ready')}
            // The box follows the click in the same render (the mutation's own state reaches React a
            // tick later, which let the controlled box flick back); the server's word comes with the
            // refreshed list.
            checked={clicked ?? item.ready}
            disabled={ready.isPending}
            onChange={(e) => {
              const value = e.currentTarget.checked;
              setClicked(value);
              ready.mutate(value, { onSettled: () => setClicked(undefined) });
            }}
          />
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            {t('findings.edit')}
          </Button>
        </Group>
      )}
      <FormError error={ready.error} message={(message) => t('findings.failed', { message })} />
    </Stack>
  );
}

/** The measures or proofs of one finding: sent and reviewed ones, drafts, and a new draft while asked. */
export function FindingItems({ finding, kind }: { finding: Finding; kind: ItemKind }) {
  const { t } = useTranslation();
  const items = finding.items.filter((i) => i.kind === kind);
  const open = OPEN_FOR[kind].includes(finding.status);
  if (!items.length && !open) return null;
  return (
    <Stack
      gap="xs"
      component="section"
      aria-label={t(kind === 'measure' ? 'findings.measures' : 'findings.proofs')}
    >
      <Text fw={600} size="sm">
        {t(kind === 'measure' ? 'findings.measures' : 'findings.proofs')}
      </Text>
      {items.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <ItemRow key={item.id} finding={finding} item={item} open={open} />
          ))}
        </Stack>
      )}
      {open && <ItemEditor finding={finding} kind={kind} />}
    </Stack>
  );
}
