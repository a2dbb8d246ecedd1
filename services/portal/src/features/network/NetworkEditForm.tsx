import { UpdateNetworkRequestSchema } from '@certhub/contracts';
import { Group, Radio, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { zodFormErrors } from '../../lib/forms';
import { ContactFields } from '../candidacy/fields';
import { EditForm } from './EditError';

type Network = operations['identity.networks.get']['responses'][200]['content']['application/json'];

const valuesOf = (n: Network) => ({
  name: n.name,
  head: { lastName: n.head.lastName, firstName: n.head.firstName, email: String(n.head.email) },
  notify: n.notifyOnCandidacy ? 'yes' : 'no',
});
type Values = ReturnType<typeof valuesOf>;

const bodyOf = (n: Network, v: Values) => ({
  networkId: n.id,
  version: n.version,
  name: v.name.trim(),
  head: { lastName: v.head.lastName.trim(), firstName: v.head.firstName.trim(), email: v.head.email.trim() },
  notifyOnCandidacy: v.notify === 'yes',
});

/** The network's head contact and options, edited by its administrators and supervisors. */
export function NetworkEditForm({ network, onDone }: { network: Network; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <EditForm
      label={t('networkAdmin.editNetwork')}
      initialValues={valuesOf(network)}
      validate={(values) =>
        zodFormErrors(UpdateNetworkRequestSchema, bodyOf(network, values), t('training.common.required'), {
          'head.email': t('training.common.emailInvalid'),
        })
      }
      save={(values) => {
        const { networkId, ...body } = bodyOf(network, values);
        return unwrap(api.PATCH('/api/v1/networks/{networkId}', { params: { path: { networkId } }, body }));
      }}
      onSaved={(updated) => queryClient.setQueryData(['networks', network.id], updated)}
      reloadKey={['networks', network.id]}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TextInput label={t('networkAdmin.networkName')} required {...form.getInputProps('name')} />
          <ContactFields form={form} path="head" />
          <Radio.Group
            label={t('training.network.notify')}
            description={t('networkAdmin.notifyHint')}
            {...form.getInputProps('notify')}
          >
            <Group mt="xs">
              <Radio value="no" label={t('networkAdmin.no')} />
              <Radio value="yes" label={t('networkAdmin.yes')} />
            </Group>
          </Radio.Group>
        </>
      )}
    </EditForm>
  );
}
