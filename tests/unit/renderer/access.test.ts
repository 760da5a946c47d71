import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/roles';
import { usersProcedures } from '../../../shared/users/contract';
import { mayCall, mayOpenPage } from '../../../renderer/app/access';
import { grantableRoles, userPermissions } from '../../../renderer/users/userPermissions';

describe('pages by role', () => {
  it('opens the users and licence pages to owners and admins only', () => {
    expect(ROLES.filter((role) => mayOpenPage(role, 'users'))).toEqual(['admin', 'owner']);
    expect(ROLES.filter((role) => mayOpenPage(role, 'license'))).toEqual(['admin', 'owner']);
  });

  it('opens the users page to exactly the roles the contract lets manage accounts', () => {
    for (const role of ROLES) {
      expect(mayOpenPage(role, 'users'), role).toBe(mayCall(role, 'users.create'));
      expect(usersProcedures['users.create'].lowestRole).toBe('admin');
    }
  });

  it('opens the plan page to everyone, since lock screens send anyone there', () => {
    expect(ROLES.every((role) => mayOpenPage(role, 'plan'))).toBe(true);
  });

  it('lets only the owner activate a key', () => {
    expect(ROLES.filter((role) => mayCall(role, 'license.activate'))).toEqual(['owner']);
    expect(ROLES.every((role) => mayCall(role, 'license.status'))).toBe(true);
  });
});

describe('what the users page offers for an account', () => {
  const person = (id: number, role: (typeof ROLES)[number], active = true) => ({
    id,
    username: `user${id}`,
    displayName: `User ${id}`,
    role,
    active,
    version: 1,
  });
  const owner = person(1, 'owner');
  const admin = person(2, 'admin');

  it('lets an owner give every role, highest first, and an admin every role but owner', () => {
    expect(grantableRoles('owner')).toEqual(['owner', 'admin', 'agent', 'staff']);
    expect(grantableRoles('admin')).toEqual(['admin', 'agent', 'staff']);
    expect(grantableRoles('agent')).toEqual([]);
  });

  it("offers an admin nothing on an owner's account", () => {
    expect(userPermissions(admin, owner)).toEqual({
      roles: [],
      resetPassword: false,
      deactivate: false,
      reactivate: false,
    });
  });

  it('never offers deactivating or resetting oneself, but a role change (the server guards the last owner)', () => {
    expect(userPermissions(owner, owner)).toEqual({
      roles: ['owner', 'admin', 'agent', 'staff'],
      resetPassword: false,
      deactivate: false,
      reactivate: false,
    });
  });

  it('offers deactivating an active account and reactivating an inactive one', () => {
    expect(userPermissions(admin, person(3, 'staff'))).toMatchObject({ deactivate: true, reactivate: false });
    expect(userPermissions(admin, person(3, 'staff', false))).toMatchObject({
      deactivate: false,
      reactivate: true,
    });
  });

  it('offers staff and agents nothing', () => {
    expect(userPermissions(person(4, 'agent'), person(3, 'staff')).roles).toEqual([]);
    expect(userPermissions(person(5, 'staff'), person(3, 'staff')).deactivate).toBe(false);
  });
});
