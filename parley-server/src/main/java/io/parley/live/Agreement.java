package io.parley.live;

import io.parley.live.events.LiveEvent.AgreementRecorded;
import java.time.Instant;

/**
 * The recorded agreement.
 *
 * @param recordedAt when the store accepted the agreement-recorded event
 */
record Agreement(AgreementRecorded recorded, Instant recordedAt) {}
