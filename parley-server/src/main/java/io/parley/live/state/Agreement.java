package io.parley.live.state;

import io.parley.live.events.LiveEvent.AgreementRecorded;
import java.time.Instant;

/**
 * The recorded agreement.
 *
 * @param recordedAt when the store accepted the agreement-recorded event
 */
public record Agreement(AgreementRecorded recorded, Instant recordedAt) {}
