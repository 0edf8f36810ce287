import { setupServer } from 'msw/node';
import { bundleHandlers } from './handlers/bundle.ts';

export const server = setupServer(...bundleHandlers);
