import { isSubdivisionCode, type PostalAddress } from '@iom/core';
import type { FlatRow } from '../csv.js';
import { type Loose, put } from '../reading/loose.js';
import type { AddressV1 } from '../schema-v1.js';
import type { RowReader } from './row-reader.js';

// The person's mailing address in HTCDS's five `prs_Mailing*` columns, which follow Salesforce's contact
// address: the street is one text whose lines are the street lines, and a PO box is written there too.

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The mailing address of an HTCDS row, as read (a `PostalAddress` once checked): the street's lines, the
 * city as locality, the state as the ISO 3166-2 subdivision when it is a code of the mailing country, else
 * as the region written, the postal code and the country. An address without a country has no place in a
 * case: the reader's check reports it and leaves it out.
 */
export function readMailingAddress(reader: RowReader): Loose {
  const address: Loose = {};
  const country = reader.country('prs_MailingCountry');
  const state = reader.text('prs_MailingState');
  const lines = reader
    .text('prs_MailingStreet')
    ?.split(LINE_BREAK)
    .filter((line) => line.trim() !== '');
  put(address, 'streetLines', lines);
  put(address, 'locality', reader.text('prs_MailingCity'));
  if (state !== undefined && isSubdivisionCode(state) && state.startsWith(`${country}-`)) {
    address.subdivision = state;
  } else put(address, 'region', state);
  put(address, 'postalCode', reader.text('prs_MailingPostalCode'));
  put(address, 'country', country);
  return address;
}

/** The cells of the mailing address columns. */
type MailingCells = Pick<
  FlatRow,
  'prs_MailingStreet' | 'prs_MailingCity' | 'prs_MailingState' | 'prs_MailingPostalCode' | 'prs_MailingCountry'
>;

/** Whether an address is written as version 1 wrote it (an address with neither form's own fields reads the same). */
function isAddressV1(address: PostalAddress | AddressV1): address is AddressV1 {
  return !['streetLines', 'poBox', 'locality', 'region', 'subdivision'].some((key) => Object.hasOwn(address, key));
}

/**
 * The mailing address of a case of either version in the `prs_Mailing*` columns. Street lines, then the
 * PO box, are the lines of the street; the state is the region, else the subdivision code. HTCDS has one
 * state: a subdivision beside a region is left out and reported through `lost`.
 */
export function mailingAddressCells(
  address: PostalAddress | AddressV1 | undefined,
  lost: (field: string, count: number) => void,
): MailingCells {
  // In the order of HTCDS_COLUMNS.
  const cells = (street?: string, city?: string, state?: string): MailingCells => ({
    prs_MailingCity: city ?? '',
    prs_MailingCountry: address?.country ?? '',
    prs_MailingState: state ?? '',
    prs_MailingStreet: street ?? '',
    prs_MailingPostalCode: address?.postalCode ?? '',
  });
  if (address === undefined) return cells();
  if (isAddressV1(address)) return cells(address.street, address.city, address.state);
  const lines = [...(address.streetLines ?? []), ...(address.poBox === undefined ? [] : [address.poBox])];
  if (address.region !== undefined && address.subdivision !== undefined) lost('person.mailingAddress.subdivision', 1);
  return cells(
    lines.length === 0 ? undefined : lines.join('\n'),
    address.locality,
    address.region ?? address.subdivision,
  );
}
