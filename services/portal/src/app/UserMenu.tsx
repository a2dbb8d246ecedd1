import { Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

export default function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const name = user.profile.name ?? user.profile.email ?? user.profile.sub;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`${t('app.userMenu')} : ${name}`} px="xs" py={4}>
          <Text size="sm" fw={500}>
            {name}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {user.profile.email && <Menu.Label>{user.profile.email}</Menu.Label>}
        <Menu.Item onClick={() => void signOut()}>{t('app.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
