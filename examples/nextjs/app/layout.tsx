import '@plankit/ui/styles.css';
import './globals.css';
import type { ReactNode } from 'react';
import { plankitConfig } from './config';
import { Providers } from './providers';

export const metadata = { title: 'Plankit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers config={plankitConfig()}>{children}</Providers>
      </body>
    </html>
  );
}
