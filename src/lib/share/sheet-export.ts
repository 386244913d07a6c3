/** Downloads a bank as a Kahoot or Quizizz sheet; SheetJS and the writer load on the first click only. */
import type { Bank } from '$lib/core/bank/schema';
import type { SheetTemplate } from '$lib/core/formats/sheet-fit';
import { downloadBytes } from '$lib/ui/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bank as `template`'s spreadsheet: its file name and bytes (the questions the template cannot take left out). */
export async function sheetFile(bank: Bank, template: SheetTemplate): Promise<{ name: string; bytes: Uint8Array }> {
	const [{ emitBankBytes }, xlsx] = await Promise.all([import('$lib/core/formats/emit-bytes'), import('@e965/xlsx')]);
	return { name: `${bank.id}-${template}.xlsx`, bytes: emitBankBytes('xlsx', bank, { xlsx, template }) };
}

/** Writes and downloads `bank` as `<id>-<template>.xlsx`. */
export async function downloadSheet(bank: Bank, template: SheetTemplate): Promise<void> {
	const { name, bytes } = await sheetFile(bank, template);
	downloadBytes(name, bytes, XLSX_TYPE);
}
