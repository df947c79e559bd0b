package dev.berth.validation;

/** The entry point of Berth's checks; the rules of the contract are composed into it by concern. */
public class BerthValidator extends AbstractBerthValidator {
}
