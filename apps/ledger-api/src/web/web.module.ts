import { Module } from '@nestjs/common';
import { LocalSignInController } from './local-sign-in.controller';
import { DEFAULT_WEB_DIR, loadWebAssets } from './web-assets';
import { WebController } from './web.controller';
import { WEB_ASSETS } from './web.tokens';

/** The web workspace for delegations and legal teams: its built files at `/`, and the local sign-in. */
@Module({
  controllers: [WebController, LocalSignInController],
  providers: [{ provide: WEB_ASSETS, useFactory: () => loadWebAssets(process.env.LEDGER_WEB_DIR ?? DEFAULT_WEB_DIR) }],
})
export class WebModule {}
