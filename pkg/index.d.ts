/**
 * klarna-precheck: check Klarna Payments and Customer Token API request payloads before they
 * are sent. Every violation is reported in one pass, with the path Klarna would name.
 */

// <generated from src/error.rs and src/lib.rs by tests/generated.rs>
/** The request payloads, one per Klarna endpoint. */
export type PayloadKind =
  /** POST /payments/v1/sessions */
  | 'session'
  /** POST /payments/v1/sessions/{session_id}, and the data passed to Klarna.Payments.authorize() / load() */
  | 'session_update'
  /** POST /payments/v1/authorizations/{authorizationToken}/order */
  | 'order'
  /** POST /payments/v1/authorizations/{authorizationToken}/customer-token */
  | 'customer_token'
  /** POST /customer-token/v1/tokens/{customerToken}/order */
  | 'token_order'
  /** PATCH /customer-token/v1/tokens/{customerToken}/status */
  | 'token_status'
  /** POST /ordermanagement/v1/orders/{order_id}/captures */
  | 'capture'
  /** POST /ordermanagement/v1/orders/{order_id}/refunds */
  | 'refund'
  /** PATCH /ordermanagement/v1/orders/{order_id}/authorization */
  | 'update_authorization'
  /** PATCH /ordermanagement/v1/orders/{order_id}/customer-details */
  | 'update_customer_details'
  /** PATCH /ordermanagement/v1/orders/{order_id}/merchant-references */
  | 'update_merchant_references'
  /** POST /ordermanagement/v1/orders/{order_id}/shipping-info (and …/captures/{capture_id}/shipping-info) */
  | 'shipping_info'
  /** PATCH /ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date */
  | 'extend_due_date'
  /** POST /ordermanagement/v1/orders/{order_id}/cancel (no body) */
  | 'cancel'
  /** POST /ordermanagement/v1/orders/{order_id}/release-remaining-authorization (no body) */
  | 'release_remaining_authorization'
  /** POST /ordermanagement/v1/orders/{order_id}/extend-authorization-time (no body) */
  | 'extend_authorization_time'
  /** POST /hpp/v1/sessions */
  | 'hpp_session'
  /** POST /hpp/v1/sessions/{session_id}/distribution */
  | 'hpp_distribution';

/** Every rule id a report can carry (`Violation.rule`), with its severity and evidence. */
export type RuleId =
  /** The text is strict JSON (RFC 8259); the message gives line and column. (error; evidence: spec) */
  | 'json_syntax'
  /** A JS value has a JSON form (`undefined`, functions, symbols, cycles and BigInts do not). (error; evidence: spec) */
  | 'json_value'
  /** Each value has the schema's type; the payload itself is an object. (error; evidence: spec) */
  | 'type'
  /** `null` on an optional field: Klarna reads it as absent (on a required field it is `required`). (warning; evidence: klarna) */
  | 'null_value'
  /** Fields Klarna requires are present (reported at the missing field's path). (error; evidence: klarna) */
  | 'required'
  /** A field the spec lists as required but Klarna accepts without (customer token: `locale`, `purchase_country`, `purchase_currency`). (warning; evidence: klarna) */
  | 'required_by_spec'
  /** Amounts, quantities and rates are whole numbers: `49.99` is reported with the likely intended `4999`. (error; evidence: klarna) */
  | 'integer'
  /** A number where the spec has a string, in a field Klarna was recorded reading it as text (`shipping_info[].tracking_number`). (warning; evidence: klarna) */
  | 'number_as_text'
  /** Integers fit in 64 bits (`format: int64`). (error; evidence: spec) */
  | 'int64_range'
  /** Integers fit JavaScript's safe range (±2^53−1): past it a JS shop cannot have meant the value it sent. (warning; evidence: advice) */
  | 'safe_integer'
  /** Integer lower bounds: `order_amount ≥ 0`, `tax_rate ≥ 0`… (error; evidence: spec) */
  | 'minimum'
  /** Integer upper bounds: `tax_rate ≤ 10000`, `unit_price ≤ 200000000` (100000000 on token orders)… (error; evidence: spec) */
  | 'maximum'
  /** String lengths in Unicode code points (`"Åsa"` is 3). (error; evidence: spec) */
  | 'min_length'
  /** String lengths in Unicode code points; `order_lines[].reference` ≤ 64, the backend's limit, not the spec's 255. (error; evidence: spec) */
  | 'max_length'
  /** Country (`GB`, `gb`), currency (`GBP`), locale (`en-GB`), `#RRGGBB` colours, SSN digits, customer type. (error; evidence: spec) */
  | 'pattern'
  /** Closed lists (order line `type`, `intent`, token `status`…): a value that matches no allowed value in any case. (error; evidence: spec) */
  | 'enum'
  /** An enum value in another case (`subscription`, `ecommerce`): Klarna accepts it; the warning names the spec's form. (warning; evidence: klarna) */
  | 'enum_case'
  /** `order_lines` has 1–1000 lines. (error; evidence: spec) */
  | 'min_items'
  /** At most 1000 order lines: over that is one violation and only the first 1000 lines are walked. (error; evidence: spec) */
  | 'max_items'
  /** `payment_method_categories` repeats no item. (warning; evidence: spec) */
  | 'unique_items'
  /** A field Klarna sets and ignores in requests (`status`, `authorization_token`, `client_token`, …). (warning; evidence: klarna) */
  | 'read_only'
  /** A field the schema does not define, with "did you mean …?" for a likely typo (`purchase_countyr`). (warning; evidence: klarna) */
  | 'unknown_field'
  /** A field Klarna no longer reads in this request (`attachment` on create-order), with where it belongs. (warning; evidence: klarna) */
  | 'ignored_field'
  /** The same key twice in one object (the last one counts, as in `JSON.parse`). (warning; evidence: advice) */
  | 'duplicate_key'
  /** More than 1000 errors (or warnings): the list is cut and this entry says so. (either; evidence: advice) */
  | 'too_many_violations'
  /** An assigned ISO 3166-1 alpha-2 code, any case (`UK` is not; the message says GB). (error; evidence: spec) */
  | 'country_code'
  /** An active ISO 4217 code, any case. (error; evidence: spec) */
  | 'currency_code'
  /** `language-REGION` with an ISO 639-1 language and an ISO 3166-1 region; Klarna's own docs send `us-US` ("did you mean en-US?"). (warning; evidence: klarna) */
  | 'locale'
  /** `customer.date_of_birth` is `yyyy-mm-dd`, a real calendar date, not in the future. (error; evidence: spec) */
  | 'date'
  /** `given_name` / `family_name` are more than one character and not only digits. (error; evidence: spec) */
  | 'person_name'
  /** `local@domain.tld`, no spaces (deliberately loose). (error; evidence: spec) */
  | 'email'
  /** 5–15 digits with `+ - ( ) . /` and spaces. (warning; evidence: advice) */
  | 'phone'
  /** merchant_urls, `product_url` and `image_url` are absolute http(s) URLs. (error; evidence: spec) */
  | 'url'
  /** Merchant URLs use only the placeholders Klarna fills: `{session.id}`, `{order.id}`. (warning; evidence: advice) */
  | 'url_placeholder'
  /** `attachment.body` is the JSON text of an object (the extra merchant data, serialized); a syntax error is located inside the body. (error; evidence: spec) */
  | 'attachment_body'
  /** `attachment.content_type` is `application/vnd.klarna.internal.emd-v2+json`, the only one Klarna documents. (warning; evidence: advice) */
  | 'attachment_content_type'
  /** EMD date-times are `yyyy-mm-ddThh:mm[:ss][Z]` with real values: no milliseconds, no UTC offset, no date alone. (error; evidence: spec) */
  | 'emd_date_time'
  /** An EMD enum value in another case (`PICK_UP`): Klarna lists the lowercase values only. (warning; evidence: spec) */
  | 'emd_enum_case'
  /** EMD prices an older schema typed `number` (`hotel_price`, `car_price`, `total_amount_paid_purchases`, `volume_of_trades`) are whole minor units. (warning; evidence: spec) */
  | 'emd_minor_units'
  /** EMD counts and prices are not negative. (warning; evidence: advice) */
  | 'emd_negative'
  /** `unique_account_identifier` is 1–24 characters (the 2021 schema's limit; Klarna's current examples send 25). (warning; evidence: spec) */
  | 'emd_account_identifier'
  /** EMD address countries are ISO 3166-1 alpha-2 codes (Klarna's own KCO example sends `Sweden`). (warning; evidence: klarna) */
  | 'emd_country'
  /** An air itinerary's `passenger_id` names a `passengers[].id` of the same reservation. (error; evidence: spec) */
  | 'emd_passenger_id'
  /** Other EMD references hold (`passenger_id` of bus, train, ferry, hotel; `drivers_id`), and every air passenger and car driver is named by an itinerary. (warning; evidence: spec) */
  | 'emd_reference'
  /** An EMD `end_time` is not before its `start_time` (and the last paid purchase not before the first). (warning; evidence: advice) */
  | 'emd_time_order'
  /** `ticket_delivery_recipient` fits `ticket_delivery_method`: an e-mail address for email, a phone number for phone, a name for pick_up and post. (warning; evidence: spec) */
  | 'emd_ticket_recipient'
  /** A value of a type other than Klarna's example shows, in a package with no published field table (`trip_reservation_details`, `in_store_payment`, `customer_tokens`). (warning; evidence: advice) */
  | 'emd_undocumented'
  /** An EMD package nested inside another (`customer_account_info` inside `subscription`): packages are top-level arrays of the body. (warning; evidence: spec) */
  | 'emd_nested_package'
  /** With `segment` set, the body carries the packages Klarna asks that segment to send (travel → a reservation, marketplace → `marketplace_seller_info`, …). (warning; evidence: klarna) */
  | 'emd_segment_package'
  /** An address in `other_delivery_address` agrees with `shipping_address`. (warning; evidence: klarna) */
  | 'emd_delivery_address'
  /** A fallback package sent beside the one it stands in for (`trip_reservation_details` beside a specific reservation; `payment_history_simple` beside `payment_history_full`). (warning; evidence: klarna) */
  | 'emd_fallback_package'
  /** `total_amount = quantity × unit_price − total_discount_amount`; `expected` is the computed value. (error; evidence: klarna) */
  | 'line_total'
  /** `total_tax_amount` within ±1 of `total_amount − total_amount × 10000 / (10000 + tax_rate)` (negative on discount lines). (error; evidence: klarna) */
  | 'tax_formula'
  /** `order_amount` = Σ lines' `total_amount`. (error; evidence: klarna) */
  | 'order_total'
  /** `order_tax_amount` = Σ lines' `total_tax_amount`; under the US convention, the sales_tax lines' `total_amount`. (error; evidence: klarna) */
  | 'order_tax_total'
  /** US convention: once a `sales_tax` line is present, every line has `tax_rate` 0 and `total_tax_amount` 0. (error; evidence: klarna) */
  | 'sales_tax'
  /** discount / gift_card / store_credit lines are negative; other lines are not. (warning; evidence: advice) */
  | 'line_sign'
  /** gift_card and store_credit lines carry no tax. (warning; evidence: advice) */
  | 'gift_card_tax'
  /** A discount line carries the tax rate of the goods it discounts. (warning; evidence: advice) */
  | 'discount_tax_rate'
  /** The purchase country is in the market table (`src/data/markets.rs`, versioned; it changes over time). (warning; evidence: advice) */
  | 'market_country'
  /** The currency is the local currency of the effective country (`billing_address.country` when sent, else `purchase_country`) or of the purchase country. (error; evidence: klarna) */
  | 'market_currency'
  /** The locale is one Klarna offers in that country. (warning; evidence: advice) */
  | 'market_locale'
  /** Customer token: `billing_address.country` equals `purchase_country` (reported at `purchase_country`, as Klarna does). (error; evidence: klarna) */
  | 'billing_country'
  /** Session and order: a billing country other than `purchase_country`, which Klarna accepts (the billing country overrides). (warning; evidence: klarna) */
  | 'billing_country_override'
  /** US and AU addresses have a `region`. (error; evidence: klarna) */
  | 'region_required'
  /** The region is a state code without the country prefix (`CA`, not `US-CA`; `NSW`). (warning; evidence: advice) */
  | 'region_format'
  /** The title is one Klarna lists for the country (GB Mr/Ms, DE/AT Herr/Frau, CH, BE/NL Dhr./Mevr.), any case, trailing dot optional. (warning; evidence: advice) */
  | 'title'
  /** The postal code has the country's shape (SE `123 45` or `12345`, GB `W1G 0PW`, NL `1011 AB`, US `90210` or ZIP+4…). (warning; evidence: advice) */
  | 'postal_code'
  /** Address text uses Basic Latin, Latin-1 and Latin Extended-A letters (Greek too in GR). (warning; evidence: advice) */
  | 'charset'
  /** Address text contains no HTML markup (`<b>`, `</p>`). (warning; evidence: advice) */
  | 'html'
  /** A capture's, refund's or authorization update's order lines sum to its amount. (warning; evidence: klarna) */
  | 'om_lines_total'
  /** A refund with a `return_fee` line: its lines sum to `refunded_amount` exactly. (error; evidence: klarna) */
  | 'return_fee_total'
  /** An authorization update sends its order lines: without them Klarna deletes the order's. (warning; evidence: klarna) */
  | 'om_lines_replaced'
  /** A field Klarna refuses in this request (`billing_address` on a customer-details update). (error; evidence: klarna) */
  | 'refused_field'
  /** An HPP distribution carries the contact its method needs (email; phone and phone_country for sms; access_id for token). (error; evidence: spec) */
  | 'hpp_contact'
  /** HPP merchant_urls use `back` or `cancel`, not both. (warning; evidence: klarna) */
  | 'hpp_back_and_cancel'
  /** An HPP session for a KP session puts `{{authorization_token}}` in the success URL (unless place_order_mode places the order). (warning; evidence: klarna) */
  | 'hpp_success_placeholder'
  /** `payment_session_url` is the API URL of a KP session or a KCO order. (warning; evidence: klarna) */
  | 'hpp_payment_session_url'
  /** A capture is at most the remaining authorized amount. (error; evidence: klarna) */
  | 'capture_exceeds_authorization'
  /** No capture on an expired order (past `expires_at`, or status EXPIRED). (error; evidence: klarna) */
  | 'capture_expired'
  /** No capture on a cancelled or closed order. (error; evidence: klarna) */
  | 'capture_closed'
  /** No capture while Klarna's fraud review is pending (`fraud_status` PENDING). (warning; evidence: klarna) */
  | 'capture_pending'
  /** A refund needs a capture to refund. (error; evidence: klarna) */
  | 'refund_no_capture'
  /** Refunds add up to at most what was captured. (error; evidence: klarna) */
  | 'refund_exceeds_captured'
  /** A return fee only on an order fully captured in one capture, in a market that has them. (error; evidence: klarna) */
  | 'return_fee_not_allowed'
  /** An authorization update does not go below what was captured. (error; evidence: klarna) */
  | 'authorization_below_captured'
  /** No authorization update on a fully captured, cancelled, closed or expired order. (error; evidence: klarna) */
  | 'authorization_not_allowed'
  /** An authorization increase: Klarna reassesses it, and allows it only for some payment methods. (warning; evidence: klarna) */
  | 'authorization_increase'
  /** No cancel once something was captured (refund instead). (error; evidence: klarna) */
  | 'cancel_captured'
  /** No cancel of an order already cancelled or closed. (error; evidence: klarna) */
  | 'cancel_closed'
  /** No release of the remaining authorization on a fully captured order. (error; evidence: klarna) */
  | 'release_fully_captured'
  /** No release on a cancelled order or one without captures (cancel it instead). (error; evidence: klarna) */
  | 'release_not_allowed'
  /** No extension of an expired authorization. (error; evidence: klarna) */
  | 'extend_expired'
  /** An authorization is extended only within 180 days of the order's creation, and not for Pay Now by card. (error; evidence: klarna) */
  | 'extend_not_allowed'
  /** A capture's due date is extended only for an order paid later (invoice), not one paid now. (warning; evidence: klarna) */
  | 'due_date_pay_later'
  /** No customer-details or merchant-references update on a cancelled order. (error; evidence: klarna) */
  | 'update_cancelled'
  /** A capture-level call names a capture the order has. (error; evidence: klarna) */
  | 'no_such_capture'
  /** Shipping info on a capture needs the order to have captures. (error; evidence: klarna) */
  | 'shipping_info_no_captures'
  /** A `Klarna-Idempotency-Key` reused within 24 hours with a different body: Klarna answers with the first call's result. (warning; evidence: klarna) */
  | 'idempotency_key_reused'
  /** A token order carries the subscription object on its lines. (warning; evidence: advice) */
  | 'subscription_details';

/** A merchant segment (`ValidateOptions.segment`), with the extra merchant data packages Klarna asks it to send. */
export type EmdSegment =
  /** air_reservation_details or train_reservation_details or bus_reservation_details or ferry_reservation_details or car_rental_reservation_details or hotel_reservation_details or trip_reservation_details */
  | 'travel'
  /** marketplace_seller_info */
  | 'marketplace'
  /** event */
  | 'ticketing'
  /** customer_tokens or subscription */
  | 'subscriptions'
  /** in_store_payment */
  | 'in_store'
  /** customer_account_info; and payment_history_full or payment_history_simple */
  | 'registered_checkout'
  /** other_delivery_address */
  | 'pick_up_in_store'
  /** voucher */
  | 'vouchers';

/** A string Klarna compares without regard to case: the spec's value, or it in another usual case. */
export type AnyCase<T extends string> = T | Lowercase<T> | Uppercase<T> | Capitalize<Lowercase<T>>;

/** An extra merchant data date-time: `yyyy-mm-ddThh:mm[:ss][Z]`, or a `Date` (buildAttachment writes it so, in UTC). */
export type EmdDateTime = string | Date;

export interface AttachmentBody {
  body: string;
  content_type: string;
}

export interface AddressBody {
  attention?: string | null;
  city?: string | null;
  country?: string | null;
  email?: string | null;
  family_name?: string | null;
  given_name?: string | null;
  organization_name?: string | null;
  phone?: string | null;
  postal_code?: string | null;
  region?: string | null;
  street_address?: string | null;
  street_address2?: string | null;
  title?: string | null;
}

export interface CustomerBody {
  date_of_birth?: string | null;
  gender?: string | null;
  last_four_ssn?: string | null;
  national_identification_number?: string | null;
  organization_entity_type?: AnyCase<'LIMITED_COMPANY'> | AnyCase<'PUBLIC_LIMITED_COMPANY'> | AnyCase<'ENTREPRENEURIAL_COMPANY'> | AnyCase<'LIMITED_PARTNERSHIP_LIMITED_COMPANY'> | AnyCase<'LIMITED_PARTNERSHIP'> | AnyCase<'GENERAL_PARTNERSHIP'> | AnyCase<'REGISTERED_SOLE_TRADER'> | AnyCase<'SOLE_TRADER'> | AnyCase<'CIVIL_LAW_PARTNERSHIP'> | AnyCase<'PUBLIC_INSTITUTION'> | AnyCase<'OTHER'> | null;
  organization_registration_id?: string | null;
  title?: string | null;
  type?: string | null;
  vat_id?: string | null;
}

export interface MerchantUrlsBody {
  confirmation?: string | null;
  notification?: string | null;
  push?: string | null;
  authorization?: string | null;
}

export interface OptionsBody {
  color_border?: string | null;
  color_border_selected?: string | null;
  color_details?: string | null;
  color_text?: string | null;
  radius_border?: string | null;
}

export interface ProductIdentifiersBody {
  brand?: string | null;
  category_path?: string | null;
  global_trade_item_number?: string | null;
  manufacturer_part_number?: string | null;
  color?: string | null;
  size?: string | null;
}

export interface SubscriptionBody {
  name: string;
  interval: AnyCase<'DAY'> | AnyCase<'WEEK'> | AnyCase<'MONTH'> | AnyCase<'YEAR'>;
  interval_count: number;
}

export interface OrderLineBody {
  image_url?: string | null;
  merchant_data?: string | null;
  name: string;
  product_identifiers?: ProductIdentifiersBody | null;
  product_url?: string | null;
  quantity: number;
  quantity_unit?: string | null;
  reference?: string | null;
  tax_rate?: number | null;
  total_amount: number;
  total_discount_amount?: number | null;
  total_tax_amount?: number | null;
  type?: AnyCase<'physical'> | AnyCase<'discount'> | AnyCase<'shipping_fee'> | AnyCase<'sales_tax'> | AnyCase<'digital'> | AnyCase<'gift_card'> | AnyCase<'store_credit'> | AnyCase<'surcharge'> | null;
  unit_price: number;
  subscription?: SubscriptionBody | null;
}

export interface AssetUrlsBody {
  descriptive?: string | null;
  standard?: string | null;
}

export interface PaymentMethodCategoryBody {
  asset_urls?: AssetUrlsBody | null;
  identifier?: string | null;
  name?: string | null;
}

export interface SessionRequest {
  acquiring_channel?: AnyCase<'ECOMMERCE'> | AnyCase<'IN_STORE'> | AnyCase<'TELESALES'> | null;
  attachment?: AttachmentBody | null;
  authorization_token?: string | null;
  billing_address?: AddressBody | null;
  client_token?: string | null;
  custom_payment_method_ids?: readonly string[] | null;
  customer?: CustomerBody | null;
  design?: string | null;
  expires_at?: string | null;
  locale?: string | null;
  merchant_data?: string | null;
  merchant_reference1?: string | null;
  merchant_reference2?: string | null;
  merchant_urls?: MerchantUrlsBody | null;
  options?: OptionsBody | null;
  order_amount: number;
  order_lines: readonly OrderLineBody[];
  order_tax_amount?: number | null;
  payment_method_categories?: readonly PaymentMethodCategoryBody[] | null;
  purchase_country: string;
  purchase_currency: string;
  shipping_address?: AddressBody | null;
  status?: AnyCase<'complete'> | AnyCase<'incomplete'> | null;
  intent?: AnyCase<'buy'> | AnyCase<'tokenize'> | AnyCase<'buy_and_tokenize'> | null;
}

export interface SessionUpdateRequest {
  acquiring_channel?: AnyCase<'ECOMMERCE'> | AnyCase<'IN_STORE'> | AnyCase<'TELESALES'> | null;
  attachment?: AttachmentBody | null;
  authorization_token?: string | null;
  billing_address?: AddressBody | null;
  client_token?: string | null;
  custom_payment_method_ids?: readonly string[] | null;
  customer?: CustomerBody | null;
  design?: string | null;
  expires_at?: string | null;
  locale?: string | null;
  merchant_data?: string | null;
  merchant_reference1?: string | null;
  merchant_reference2?: string | null;
  merchant_urls?: MerchantUrlsBody | null;
  options?: OptionsBody | null;
  order_amount?: number | null;
  order_lines?: readonly OrderLineBody[] | null;
  order_tax_amount?: number | null;
  payment_method_categories?: readonly PaymentMethodCategoryBody[] | null;
  purchase_country?: string | null;
  purchase_currency?: string | null;
  shipping_address?: AddressBody | null;
  status?: AnyCase<'complete'> | AnyCase<'incomplete'> | null;
  intent?: AnyCase<'buy'> | AnyCase<'tokenize'> | AnyCase<'buy_and_tokenize'> | null;
}

export interface OrderRequest {
  authorization_token?: string | null;
  auto_capture?: boolean | null;
  billing_address?: AddressBody | null;
  custom_payment_method_ids?: readonly string[] | null;
  customer?: CustomerBody | null;
  locale?: string | null;
  merchant_data?: string | null;
  merchant_reference1?: string | null;
  merchant_reference2?: string | null;
  merchant_urls?: MerchantUrlsBody | null;
  order_amount: number;
  order_lines: readonly OrderLineBody[];
  order_tax_amount?: number | null;
  payment_method_categories?: readonly PaymentMethodCategoryBody[] | null;
  purchase_country: string;
  purchase_currency: string;
  shipping_address?: AddressBody | null;
  status?: AnyCase<'complete'> | AnyCase<'incomplete'> | null;
}

export interface CustomerTokenRequest {
  billing_address?: AddressBody | null;
  customer?: CustomerBody | null;
  description: string;
  intended_use: AnyCase<'SUBSCRIPTION'>;
  locale?: string | null;
  purchase_country?: string | null;
  purchase_currency?: string | null;
}

export interface TokenMerchantUrlsBody {
  confirmation: string;
  push?: string | null;
}

export interface TokenOrderRequest {
  attachment?: AttachmentBody | null;
  auto_capture?: boolean | null;
  merchant_data?: string | null;
  merchant_reference1?: string | null;
  merchant_reference2?: string | null;
  merchant_urls?: TokenMerchantUrlsBody | null;
  order_amount: number;
  order_lines: readonly OrderLineBody[];
  order_tax_amount: number;
  purchase_currency: string;
  shipping_address?: AddressBody | null;
  usage?: string | null;
}

export interface TokenStatusRequest {
  status: AnyCase<'CANCELLED'>;
}

export interface OmSubscriptionBody {
  interval: AnyCase<'DAY'> | AnyCase<'WEEK'> | AnyCase<'MONTH'> | AnyCase<'YEAR'>;
  interval_count: number;
  name: string;
}

export interface OmOrderLineBody {
  image_url?: string | null;
  merchant_data?: string | null;
  name: string;
  product_identifiers?: ProductIdentifiersBody | null;
  product_url?: string | null;
  quantity: number;
  quantity_unit?: string | null;
  reference?: string | null;
  subscription?: OmSubscriptionBody | null;
  tax_rate?: number | null;
  total_amount: number;
  total_discount_amount?: number | null;
  total_tax_amount?: number | null;
  type?: AnyCase<'physical'> | AnyCase<'discount'> | AnyCase<'shipping_fee'> | AnyCase<'sales_tax'> | AnyCase<'store_credit'> | AnyCase<'gift_card'> | AnyCase<'digital'> | AnyCase<'surcharge'> | AnyCase<'return_fee'> | null;
  unit_price: number;
}

export interface OmShippingInfoBody {
  return_shipping_company?: string | null;
  return_tracking_number?: string | null;
  return_tracking_uri?: string | null;
  shipping_company?: string | null;
  shipping_method?: AnyCase<'PickUpStore'> | AnyCase<'Home'> | AnyCase<'BoxReg'> | AnyCase<'BoxUnreg'> | AnyCase<'PickUpPoint'> | AnyCase<'Own'> | AnyCase<'Postal'> | AnyCase<'DHLPackstation'> | AnyCase<'Digital'> | AnyCase<'Undefined'> | AnyCase<'PickUpWarehouse'> | AnyCase<'ClickCollect'> | AnyCase<'PalletDelivery'> | null;
  tracking_number?: string | number | null;
  tracking_uri?: string | number | null;
}

export interface CaptureRequest {
  captured_amount: number;
  description?: string | null;
  order_lines?: readonly OmOrderLineBody[] | null;
  reference?: string | null;
  shipping_delay?: number | null;
  shipping_info?: readonly OmShippingInfoBody[] | null;
}

export interface RefundRequest {
  description?: string | null;
  order_lines?: readonly OmOrderLineBody[] | null;
  reference?: string | null;
  refunded_amount: number;
}

export interface UpdateAuthorizationRequest {
  description?: string | null;
  order_amount: number;
  order_lines?: readonly OmOrderLineBody[] | null;
}

export interface OmAddressBody {
  attention?: string | null;
  city?: string | null;
  country?: string | null;
  email?: string | null;
  family_name?: string | null;
  given_name?: string | null;
  organization_name?: string | null;
  phone?: string | null;
  postal_code?: string | null;
  region?: string | null;
  street_address?: string | null;
  street_address2?: string | null;
  title?: string | null;
}

export interface UpdateCustomerDetailsRequest {
  shipping_address?: OmAddressBody | null;
}

export interface UpdateMerchantReferencesRequest {
  merchant_reference1?: string | null;
  merchant_reference2?: string | null;
}

export interface ShippingInfoRequest {
  shipping_info: readonly OmShippingInfoBody[];
}

export interface ExtendDueDateRequest {
  number_of_days: number;
}

export interface CancelRequest {
}

export interface HppMerchantUrlsV1Body {
  back?: string | null;
  cancel?: string | null;
  error?: string | null;
  failure?: string | null;
  status_update?: string | null;
  success?: string | null;
}

export interface HppBackgroundImageV1Body {
  url?: string | null;
  width?: number | null;
}

export interface HppOptionsV1Body {
  background_images?: readonly HppBackgroundImageV1Body[] | null;
  logo_url?: string | null;
  page_title?: string | null;
  payment_method_categories?: readonly (AnyCase<'DIRECT_DEBIT'> | AnyCase<'DIRECT_BANK_TRANSFER'> | AnyCase<'PAY_NOW'> | AnyCase<'PAY_LATER'> | AnyCase<'PAY_OVER_TIME'> | AnyCase<'KLARNA'>)[] | null;
  payment_method_category?: AnyCase<'DIRECT_DEBIT'> | AnyCase<'DIRECT_BANK_TRANSFER'> | AnyCase<'PAY_NOW'> | AnyCase<'PAY_LATER'> | AnyCase<'PAY_OVER_TIME'> | AnyCase<'KLARNA'> | null;
  place_order_mode?: AnyCase<'PLACE_ORDER'> | AnyCase<'CAPTURE_ORDER'> | AnyCase<'NONE'> | null;
  purchase_type?: AnyCase<'BUY'> | AnyCase<'RENT'> | AnyCase<'BOOK'> | AnyCase<'SUBSCRIBE'> | AnyCase<'DOWNLOAD'> | AnyCase<'ORDER'> | AnyCase<'CONTINUE'> | null;
  show_subtotal_detail?: AnyCase<'HIDE'> | null;
}

export interface HppSessionRequest {
  merchant_urls?: HppMerchantUrlsV1Body | null;
  options?: HppOptionsV1Body | null;
  payment_session_url: string;
  profile_id?: string | null;
}

export interface HppDistributionContactV1Body {
  access_id?: string | null;
  email?: string | null;
  phone?: string | null;
  phone_country?: string | null;
}

export interface HppDistributionRequest {
  contact_information: HppDistributionContactV1Body;
  method: AnyCase<'sms'> | AnyCase<'email'> | AnyCase<'token'>;
  template?: AnyCase<'INSTORE_PURCHASE'> | null;
}

export interface EmdAirItinerary {
  departure?: string | null;
  departure_city?: string | null;
  arrival?: string | null;
  arrival_city?: string | null;
  carrier?: string | null;
  segment_price?: number | null;
  departure_date?: EmdDateTime | null;
  ticket_delivery_method?: 'pick_up' | 'email' | 'post' | 'phone' | null;
  ticket_delivery_recipient?: string | null;
  passenger_id?: readonly number[] | null;
  class?: string | null;
}

export interface EmdInsurance {
  insurance_company?: string | null;
  insurance_type?: 'cancellation' | 'travel' | 'cancellation_travel' | 'bankruptcy' | null;
  insurance_price?: number | null;
}

export interface EmdPassenger {
  id?: number | null;
  title?: 'mr' | 'mrs' | 'ms' | '' | null;
  first_name?: string | null;
  last_name?: string | null;
}

export interface EmdAirReservationDetails {
  pnr?: string | null;
  itinerary?: readonly EmdAirItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  passengers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdGroundItinerary {
  departure?: string | null;
  departure_city?: string | null;
  arrival?: string | null;
  arrival_city?: string | null;
  carrier?: string | null;
  segment_price?: number | null;
  departure_date?: EmdDateTime | null;
  ticket_delivery_method?: 'pick_up' | 'email' | 'post' | 'phone' | null;
  ticket_delivery_recipient?: string | null;
  passenger_id?: readonly number[] | null;
  class?: string | null;
}

export interface EmdBusReservationDetails {
  pnr?: string | null;
  itinerary?: readonly EmdGroundItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  passengers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdTrainReservationDetails {
  pnr?: string | null;
  itinerary?: readonly EmdGroundItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  passengers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdFerryReservationDetails {
  pnr?: string | null;
  itinerary?: readonly EmdGroundItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  passengers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdEmdAddress {
  street_address?: string | null;
  postal_code?: string | null;
  city?: string | null;
  country?: string | null;
}

export interface EmdHotelItinerary {
  hotel_name?: string | null;
  address?: EmdEmdAddress | null;
  start_time?: EmdDateTime | null;
  end_time?: EmdDateTime | null;
  number_of_rooms?: number | null;
  passenger_id?: readonly number[] | null;
  ticket_delivery_method?: 'pick_up' | 'email' | 'post' | 'phone' | null;
  ticket_delivery_recipient?: string | null;
  hotel_price?: number | null;
  class?: string | null;
}

export interface EmdHotelReservationDetails {
  pnr?: string | null;
  hotel_itinerary?: readonly EmdHotelItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  passengers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdCarRentalItinerary {
  rental_company?: string | null;
  drivers_id?: readonly number[] | null;
  pick_up_location?: EmdEmdAddress | null;
  start_time?: EmdDateTime | null;
  drop_off_location?: EmdEmdAddress | null;
  end_time?: EmdDateTime | null;
  car_price?: number | null;
  class?: string | null;
}

export interface EmdCarRentalReservationDetails {
  pnr?: string | null;
  car_rental_itinerary?: readonly EmdCarRentalItinerary[] | null;
  insurance?: readonly EmdInsurance[] | null;
  drivers?: readonly EmdPassenger[] | null;
  affiliate_name?: string | null;
}

export interface EmdTripItinerary {
  initial_country?: string | null;
  initial_city?: string | null;
  final_country?: string | null;
  final_city?: string | null;
  start_time?: EmdDateTime | null;
  end_time?: EmdDateTime | null;
}

export interface EmdTripPassenger {
  id?: number | null;
  title?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  birth_date?: string | null;
  email?: string | null;
  unique_id?: string | null;
  main_passenger?: string | null;
}

export interface EmdTripServices {
  travel_insurance?: string | null;
  hotel?: string | null;
  flight?: string | null;
  cancelation_service?: string | null;
  shared_room?: string | null;
}

export interface EmdTripReservationDetails {
  trip_itinerary?: EmdTripItinerary | null;
  trip_passengers?: readonly EmdTripPassenger[] | null;
  min_age?: string | null;
  max_age?: string | null;
  services?: EmdTripServices | null;
  affiliate_name?: string | null;
}

export interface EmdEvent {
  event_name?: string | null;
  event_company?: string | null;
  genre_of_event?: string | null;
  arena_name?: string | null;
  arena_location?: EmdEmdAddress | null;
  start_time?: EmdDateTime | null;
  end_time?: EmdDateTime | null;
  access_controlled_venue?: boolean | null;
  ticket_delivery_method?: 'pick_up' | 'email' | 'post' | 'phone' | null;
  ticket_delivery_recipient?: string | null;
  affiliate_name?: string | null;
}

export interface EmdVoucher {
  voucher_name?: string | null;
  voucher_company?: string | null;
  start_time?: EmdDateTime | null;
  end_time?: EmdDateTime | null;
  affiliate_name?: string | null;
}

export interface EmdSubscription {
  subscription_name?: string | null;
  start_time?: EmdDateTime | null;
  end_time?: EmdDateTime | null;
  auto_renewal_of_subscription?: boolean | null;
  affiliate_name?: string | null;
}

export interface EmdCustomerAccountInfo {
  unique_account_identifier?: string | null;
  account_registration_date?: EmdDateTime | null;
  account_last_modified?: EmdDateTime | null;
}

export interface EmdPaymentHistoryFull {
  unique_account_identifier?: string | null;
  payment_option?: 'card' | 'direct banking' | 'non klarna credit' | 'sms' | 'other' | null;
  number_paid_purchases?: number | null;
  total_amount_paid_purchases?: number | null;
  date_of_last_paid_purchase?: EmdDateTime | null;
  date_of_first_paid_purchase?: EmdDateTime | null;
}

export interface EmdPaymentHistorySimple {
  unique_account_identifier?: string | null;
  paid_before?: boolean | null;
}

export interface EmdMarketplaceAccountIdentifier {
  email?: string | null;
  pno?: string | null;
  other?: string | null;
}

export interface EmdAccountLastModified {
  password?: EmdDateTime | null;
  email?: EmdDateTime | null;
  listing?: EmdDateTime | null;
  login?: EmdDateTime | null;
  address?: EmdDateTime | null;
}

export interface EmdMarketplaceSellerInfo {
  unique_account_identifier_seller?: EmdMarketplaceAccountIdentifier | null;
  sub_merchant_id?: string | null;
  sub_merchant_name?: string | null;
  sub_merchant_postal_code?: string | null;
  product_category?: string | null;
  product_name?: string | null;
  account_registration_date?: EmdDateTime | null;
  account_last_modified?: EmdAccountLastModified | null;
  seller_rating?: number | null;
  number_of_trades?: number | null;
  volume_of_trades?: number | null;
}

export interface EmdMarketplaceWinnerInfo {
  unique_account_identifier_winner?: EmdMarketplaceAccountIdentifier | null;
  account_registration_date?: EmdDateTime | null;
  account_last_modified?: EmdAccountLastModified | null;
  number_of_trades?: number | null;
  volume_of_trades?: number | null;
}

export interface EmdOtherDeliveryAddress {
  shipping_method?: 'store pick-up' | 'pick-up point' | 'registered box' | 'unregistered box' | null;
  shipping_type?: 'normal' | 'express' | null;
  first_name?: string | null;
  last_name?: string | null;
  street_address?: string | null;
  street_number?: string | null;
  postal_code?: string | null;
  city?: string | null;
  country?: string | null;
}

export interface EmdStoreInfo {
  merchant_store_id?: string | null;
  store_terminal_id?: string | null;
  store_address?: EmdEmdAddress | null;
}

export interface EmdInStorePayment {
  store_info?: EmdStoreInfo | null;
}

export interface EmdCustomerTokens {
  avg_order_value?: number | null;
  avg_purchase_frequency_count?: number | null;
  avg_purchase_frequency_interval?: string | null;
  min_order_value?: number | null;
  max_order_value?: number | null;
}

export interface ExtraMerchantData {
  air_reservation_details?: readonly EmdAirReservationDetails[] | null;
  bus_reservation_details?: readonly EmdBusReservationDetails[] | null;
  train_reservation_details?: readonly EmdTrainReservationDetails[] | null;
  ferry_reservation_details?: readonly EmdFerryReservationDetails[] | null;
  hotel_reservation_details?: readonly EmdHotelReservationDetails[] | null;
  car_rental_reservation_details?: readonly EmdCarRentalReservationDetails[] | null;
  trip_reservation_details?: readonly EmdTripReservationDetails[] | null;
  event?: readonly EmdEvent[] | null;
  voucher?: readonly EmdVoucher[] | null;
  subscription?: readonly EmdSubscription[] | null;
  customer_account_info?: readonly EmdCustomerAccountInfo[] | null;
  payment_history_full?: readonly EmdPaymentHistoryFull[] | null;
  payment_history_simple?: readonly EmdPaymentHistorySimple[] | null;
  marketplace_seller_info?: readonly EmdMarketplaceSellerInfo[] | null;
  marketplace_winner_info?: readonly EmdMarketplaceWinnerInfo[] | null;
  other_delivery_address?: readonly EmdOtherDeliveryAddress[] | null;
  in_store_payment?: readonly EmdInStorePayment[] | null;
  customer_tokens?: readonly EmdCustomerTokens[] | null;
}

/** POST /ordermanagement/v1/orders/{order_id}/release-remaining-authorization (no body) */
export type ReleaseRemainingAuthorizationRequest = CancelRequest;

/** POST /ordermanagement/v1/orders/{order_id}/extend-authorization-time (no body) */
export type ExtendAuthorizationTimeRequest = CancelRequest;

/** The request body type of each payload kind. */
export interface PayloadTypes {
  session: SessionRequest;
  session_update: SessionUpdateRequest;
  order: OrderRequest;
  customer_token: CustomerTokenRequest;
  token_order: TokenOrderRequest;
  token_status: TokenStatusRequest;
  capture: CaptureRequest;
  refund: RefundRequest;
  update_authorization: UpdateAuthorizationRequest;
  update_customer_details: UpdateCustomerDetailsRequest;
  update_merchant_references: UpdateMerchantReferencesRequest;
  shipping_info: ShippingInfoRequest;
  extend_due_date: ExtendDueDateRequest;
  cancel: CancelRequest;
  release_remaining_authorization: ReleaseRemainingAuthorizationRequest;
  extend_authorization_time: ExtendAuthorizationTimeRequest;
  hpp_session: HppSessionRequest;
  hpp_distribution: HppDistributionRequest;
}

/** The request body of kind `K`: `PayloadOf<'order'>` is `OrderRequest`. */
export type PayloadOf<K extends PayloadKind> = PayloadTypes[K];
// </generated>

/** Every payload kind, in a stable order. */
export declare const PAYLOAD_KINDS: readonly PayloadKind[];

/** Klarna's error classes that a local check can produce. */
export type ErrorCode = 'BAD_VALUE' | 'BAD_REQUEST' | 'CAPTURE_NOT_ALLOWED' | 'REFUND_NOT_ALLOWED' | 'CANCEL_NOT_ALLOWED' | 'NOT_ALLOWED' | 'NO_SUCH_CAPTURE' | (string & {});

export interface Violation {
  /** Klarna's error class: 'BAD_VALUE', 'BAD_REQUEST', … */
  error_code: ErrorCode;
  /** Klarna style: 'order_amount', 'billing_address.region', 'order_lines[2].total_tax_amount'; '' for the payload itself.
   * A member name that is not an ASCII identifier (an unknown key such as a pasted email) appears as '<key of N characters>'. */
  path: string;
  /** Stable machine id of the rule, e.g. 'max_length', 'required', 'type': one of `RuleId`, each with its severity and evidence in the README. */
  rule: RuleId;
  /** Human text in Klarna's wording: 'Bad value: order_amount must be at least 0, got -5'. Never contains personal data. */
  message: string;
  /** The limit or value expected (amounts, lengths, codes), or the allowed values as a list
   * (an enum's values, the titles or locales a market takes). */
  expected?: number | string | readonly string[];
  /** The value found (amounts, lengths, JSON types, codes); never free text such as names or emails.
   * A number is the number as sent, parsed by JSON.parse: `1e400` gives Infinity. A number longer
   * than 40 characters is not echoed (no `actual`; the message gives its length). */
  actual?: number | string;
}

/** A validation's result: `valid` is true exactly when `errors` is empty (warnings never make a
 * payload invalid). Errors are in payload order, at most 1000 then one 'too_many_violations'
 * entry; warnings are what Klarna tolerates but is likely a mistake. */
export type Report =
  | { valid: true; errors: []; warnings: Violation[] }
  | { valid: false; errors: [Violation, ...Violation[]]; warnings: Violation[] };

export interface ValidateOptions {
  /** Report warnings as errors, for a strict CI gate (and to hold payloads to the spec's letter
   * where Klarna is more lenient). Default false. */
  warningsAsErrors?: boolean;
  /** The largest payload accepted, in UTF-8 bytes of its JSON text; past it validate() throws a
   * RangeError before any work. Default 16 MiB (16777216). */
  maxBytes?: number;
  /** The merchant's segment(s): each turns "this segment must send extra merchant data package
   * X" (Klarna's EMD page) into `emd_segment_package` warnings on session updates and token
   * orders. Not on create-session: Klarna prefers EMD in authorize() or a session update. An
   * unknown name is a TypeError. */
  segment?: EmdSegment | readonly EmdSegment[];
}

/** Klarna's error body (ErrorV2). */
export interface KlarnaErrorV2 {
  error_code: string;
  error_messages: string[];
  /** Generated locally (UUID v4), so logs can tell local reports apart. */
  correlation_id: string;
}

/**
 * Checks a payload: an object (sent as JSON.stringify would send it), JSON text, or the body's
 * bytes (a Uint8Array or Buffer: UTF-8, a byte order mark is skipped).
 * Any payload within `maxBytes` gets a report. Throws a TypeError for an unknown kind; a
 * RangeError for a payload past `maxBytes`, for a call made from inside another call of this
 * package, or when a call is interrupted (the JS stack ran out, or the wasm instance trapped:
 * the instance is then replaced and the next call works); and, in browsers, an Error when called
 * before `ready()` has resolved.
 */
export declare function validate(kind: PayloadKind, payload: unknown, options?: ValidateOptions): Report;

/** Like validate(), but throws a KlarnaValidationError when the report has errors. An assertion
 * function: after it, `payload` is typed as the request body of `kind`. (At run time it also
 * returns the report, for JavaScript callers.) */
export declare function assertValid<K extends PayloadKind>(kind: K, payload: unknown, options?: ValidateOptions): asserts payload is PayloadOf<K>;

/** Whether the payload has no errors: a type guard to the request body of `kind`. */
export declare function isValid<K extends PayloadKind>(kind: K, payload: unknown, options?: ValidateOptions): payload is PayloadOf<K>;

/** Standard Schema v1 (https://standardschema.dev), its types as the spec asks libraries to copy them. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> { readonly value: Output; readonly issues?: undefined }
  interface FailureResult { readonly issues: ReadonlyArray<Issue> }
  interface Issue { readonly message: string; readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined }
  interface PathSegment { readonly key: PropertyKey }
  interface Types<Input = unknown, Output = Input> { readonly input: Input; readonly output: Output }
}

/** One Standard Schema per payload kind (vendor 'klarna-precheck'), for any library that takes
 * one (form libraries, Hono, tRPC…): `{ value }` for a payload without errors, else `{ issues }`,
 * each with Klarna's message and the path as segments (`['order_lines', 2, 'total_tax_amount']`).
 * Warnings are not issues. */
export declare const schemas: { readonly [K in PayloadKind]: StandardSchemaV1<unknown, PayloadOf<K>> };

/** The ErrorV2 body Klarna would have answered for this report, or null when it is valid. */
export declare function toKlarnaError(report: Report): KlarnaErrorV2 | null;

export declare function validateSession(payload: unknown, options?: ValidateOptions): Report;
/** `validate('session_update', …)`: POST /payments/v1/sessions/{id}, or what `Klarna.Payments.authorize()` / `load()` is given. */
export declare function validateSessionUpdate(payload: unknown, options?: ValidateOptions): Report;
export declare function validateOrder(payload: unknown, options?: ValidateOptions): Report;
export declare function validateCustomerToken(payload: unknown, options?: ValidateOptions): Report;
export declare function validateTokenOrder(payload: unknown, options?: ValidateOptions): Report;
export declare function validateTokenStatus(payload: unknown, options?: ValidateOptions): Report;

/**
 * Loads the wasm module. Browsers: await it once before validating (idempotent; a failed load
 * can be retried). Node: resolves at once. `source` overrides where the .wasm comes from:
 * a URL (string or URL), a Request, a Response, the bytes, or a compiled WebAssembly.Module.
 * (Typed loosely so these declarations need neither the DOM lib nor @types/node.)
 */
export declare function ready(source?: string | ArrayBuffer | ArrayBufferView | object): Promise<void>;

/** Thrown by assertValid(). */
export declare class KlarnaValidationError extends Error {
  name: 'KlarnaValidationError';
  kind: PayloadKind;
  report: Report;
  constructor(kind: PayloadKind, report: Report);
}

// ---- Builders --------------------------------------------------------------------------------
// Amounts are integers in minor units (2500 = 25.00). Every builder validates its output:
// it returns a payload that passes validate() for its kind, or throws KlarnaBuildError.

export type OrderLineType = 'physical' | 'discount' | 'shipping_fee' | 'sales_tax' | 'digital' | 'gift_card' | 'store_credit' | 'surcharge';

export interface Subscription {
  name: string;
  interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  interval_count: number;
}

export interface ProductIdentifiers {
  brand?: string; category_path?: string; global_trade_item_number?: string;
  manufacturer_part_number?: string; color?: string; size?: string;
}

export interface Address {
  attention?: string; city?: string; country?: string; email?: string; family_name?: string; given_name?: string;
  organization_name?: string; phone?: string; postal_code?: string; region?: string; street_address?: string;
  street_address2?: string; title?: string;
}

export interface MerchantUrls { confirmation?: string; notification?: string; push?: string; authorization?: string }

/** What a merchant knows about a line; the builder computes the rest. */
export interface LineInput {
  name: string;
  /** Whole number, default 1. */
  quantity?: number;
  /** Minor units, tax included. Reductions (discount, gift_card, store_credit) are sent negative whatever the sign given. */
  unit_price: number;
  /** Hundredths of a percent (2500 = 25%), or use tax_percent. Default 0. */
  tax_rate?: number;
  /** A decimal percentage as text, rounded to Klarna's two decimals: "6.625" → 663. */
  tax_percent?: string;
  total_discount_amount?: number;
  type?: OrderLineType;
  reference?: string; quantity_unit?: string; merchant_data?: string; product_url?: string; image_url?: string;
  product_identifiers?: ProductIdentifiers;
  subscription?: Subscription;
}

/** A line with total_amount = quantity × unit_price − total_discount_amount and Klarna's tax formula applied. */
export interface OrderLine {
  type: OrderLineType; reference?: string; name: string; quantity: number; quantity_unit?: string;
  unit_price: number; tax_rate: number; total_amount: number; total_discount_amount: number; total_tax_amount: number;
  merchant_data?: string; product_url?: string; image_url?: string; product_identifiers?: ProductIdentifiers; subscription?: Subscription;
}

/** An order-level reduction: `amount` positive, in minor units. */
export interface ReductionInput { name: string; amount: number; reference?: string }
export interface ShippingInput { name?: string; amount: number; tax_rate?: number; tax_percent?: string; reference?: string }
/** US convention: give the tax as an amount, or as a rate of the taxable total (lines then stay at rate 0). */
export interface SalesTaxInput { name?: string; amount?: number; tax_rate?: number; tax_percent?: string }

export interface CartInput {
  lines: LineInput[];
  shipping?: ShippingInput;
  /** Split across the goods' tax rates in proportion to their totals; the parts add up exactly. */
  discounts?: ReductionInput[];
  gift_cards?: ReductionInput[];
  us_sales_tax?: SalesTaxInput;
  /** Put on every goods line that has none. */
  subscription?: Subscription;
}

export interface OrderInput extends CartInput {
  purchase_country: string;
  /** Default: the market's local currency. */
  purchase_currency?: string;
  /** Default: the market's first locale. */
  locale?: string;
  billing_address?: Address; shipping_address?: Address; customer?: Record<string, unknown>; merchant_urls?: MerchantUrls;
  merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string; auto_capture?: boolean;
}

export interface SessionInput extends Omit<OrderInput, 'auto_capture'> {
  intent?: 'buy' | 'tokenize' | 'buy_and_tokenize';
  acquiring_channel?: 'ECOMMERCE' | 'IN_STORE' | 'TELESALES';
  options?: Record<string, string>;
  attachment?: { content_type: string; body: string };
  /** Extra merchant data, built into `attachment` by buildAttachment() (give this or attachment). */
  emd?: ExtraMerchantData;
}

export interface OrderPayload {
  purchase_country: string; purchase_currency: string; locale: string; order_amount: number; order_tax_amount: number;
  order_lines: OrderLine[]; billing_address?: Address; shipping_address?: Address; customer?: Record<string, unknown>;
  merchant_urls?: MerchantUrls; merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string;
  auto_capture?: boolean; intent?: string; acquiring_channel?: string; options?: Record<string, string>;
  attachment?: { content_type: string; body: string };
}

export interface CustomerTokenInput {
  purchase_country: string; purchase_currency?: string; locale?: string; description: string;
  billing_address?: Address; customer?: Record<string, unknown>;
}
export interface CustomerTokenPayload {
  purchase_country: string; purchase_currency: string; locale: string; description: string; intended_use: 'SUBSCRIPTION';
  billing_address?: Address; customer?: Record<string, unknown>;
}

export interface TokenOrderInput extends CartInput {
  purchase_currency: string; merchant_urls?: MerchantUrls; shipping_address?: Address;
  merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string; auto_capture?: boolean;
  attachment?: { content_type: string; body: string };
  /** Extra merchant data, built into `attachment` by buildAttachment() (give this or attachment). */
  emd?: ExtraMerchantData;
}
export interface TokenOrderPayload {
  purchase_currency: string; order_amount: number; order_tax_amount: number; order_lines: OrderLine[];
  merchant_urls?: MerchantUrls; shipping_address?: Address; merchant_reference1?: string; merchant_reference2?: string;
  merchant_data?: string; auto_capture?: boolean; attachment?: EmdAttachment;
}

/** The `attachment` envelope buildAttachment() returns. */
export interface EmdAttachment {
  content_type: 'application/vnd.klarna.internal.emd-v2+json';
  /** The extra merchant data as JSON text. */
  body: string;
}

export declare function orderLine(input: LineInput): OrderLine;
export declare function buildOrder(input: OrderInput): OrderPayload;
export declare function buildSession(input: SessionInput): OrderPayload;
/** A session update, or what `Klarna.Payments.authorize()` is given (where Klarna prefers extra
 * merchant data): buildSession's input and money math, checked as `session_update`. */
export declare function buildSessionUpdate(input: SessionInput): OrderPayload;
/**
 * Extra merchant data in, the `attachment` envelope out: its body is JSON text in which the
 * checks find no error and no warning. Nulls are dropped; date-times (strings with milliseconds
 * or a UTC offset, or `Date`s) are written `yyyy-mm-ddThh:mm:ssZ` in UTC. Anything the checks
 * would report throws a KlarnaBuildError of kind 'input' whose `path` is in the input
 * (`air_reservation_details[0].itinerary[0].departure`).
 */
export declare function buildAttachment(emd: ExtraMerchantData): EmdAttachment;
export declare function buildCustomerToken(input: CustomerTokenInput): CustomerTokenPayload;
/** Send it with a `Klarna-Idempotency-Key: newIdempotencyKey()` header. */
export declare function buildTokenOrder(input: TokenOrderInput): TokenOrderPayload;
export declare function buildTokenStatus(): { status: 'CANCELLED' };
/** Splits `amount` across tax rates in proportion to `weights[i].amount` (largest remainder; exact sum). */
export declare function splitDiscount(amount: number, weights: { tax_rate: number; amount: number }[]): { tax_rate: number; amount: number }[];
/** '49.99' or 49.99 → 4999 for EUR, exactly (the currency's ISO 4217 exponent). Throws RangeError. */
export declare function toMinorUnits(amount: string | number, currency: string): number;
/** 4999 → '49.99' for EUR. Throws RangeError. */
export declare function fromMinorUnits(minor: number, currency: string): string;

/** Thrown by builders and response readers. */
export declare class KlarnaBuildError extends Error {
  name: 'KlarnaBuildError';
  /** 'input': the input is impossible (`path` says where); 'invalid': the payload would be rejected (`report` says why). */
  kind: 'input' | 'invalid';
  path: string;
  report?: Report;
}

// ---- After the purchase: Order Management ---------------------------------------------------

/** The Order Management calls: those checkAgainstOrder judges. */
export type OrderManagementKind =
  | 'capture' | 'refund' | 'update_authorization' | 'update_customer_details' | 'update_merchant_references'
  | 'shipping_info' | 'extend_due_date' | 'cancel' | 'release_remaining_authorization' | 'extend_authorization_time';

/** The order as `GET /ordermanagement/v1/orders/{order_id}` returns it (the members the checks read). */
export interface KlarnaOrder {
  order_id?: string;
  status?: 'AUTHORIZED' | 'PART_CAPTURED' | 'CAPTURED' | 'CANCELLED' | 'EXPIRED' | 'CLOSED' | (string & {});
  fraud_status?: 'ACCEPTED' | 'PENDING' | 'REJECTED' | (string & {});
  purchase_country?: string;
  purchase_currency?: string;
  order_amount?: number;
  original_order_amount?: number;
  captured_amount?: number;
  refunded_amount?: number;
  remaining_authorized_amount?: number;
  created_at?: string;
  expires_at?: string;
  initial_payment_method?: { type?: string; description?: string };
  order_lines?: OmOrderLineBody[];
  captures?: { capture_id?: string; captured_amount?: number; refunded_amount?: number; order_lines?: OmOrderLineBody[] }[];
  refunds?: { refund_id?: string; refunded_amount?: number; order_lines?: OmOrderLineBody[] }[];
  [member: string]: unknown;
}

export interface CheckAgainstOrderOptions {
  /** Now, for expiry (`expires_at`, the 180-day extension window): a Date or ms since 1970. Default Date.now(). */
  now?: Date | number;
  /** The capture a capture-level call is made on (shipping info on a capture, extend due date). */
  captureId?: string;
}

/**
 * What Klarna would refuse of an Order Management call, given the order it holds: each refusal
 * in Klarna's words (`Captured amount is higher than the remaining authorized amount. Capture
 * not possible.`) with its code (`CAPTURE_NOT_ALLOWED`) in `error_code`. The body's own checks
 * are validate()'s. Throws a TypeError for a kind outside Order Management or an order that is
 * not an object. For the calls without a body, pass `{}`.
 */
export declare function checkAgainstOrder(kind: OrderManagementKind, body: unknown, order: KlarnaOrder, options?: CheckAgainstOrderOptions): Report;

/** An order line as the order holds it (copied from `order.order_lines`), with the quantity to
 * capture or refund; only the identity fields (reference, name, type, unit_price, tax_rate) and
 * `quantity` are read: the amounts are computed. */
export type OrderLineToShip = Partial<OmOrderLineBody> & { quantity: number } & ({ reference: string } | { name: string });

export interface CaptureInput {
  /** The lines shipped (give these or `amount`). */
  lines?: OrderLineToShip[];
  /** An amount in minor units, without lines. */
  amount?: number;
  shipping_info?: OmShippingInfoBody[];
  reference?: string;
  description?: string;
}
export interface RefundInput {
  lines?: OrderLineToShip[];
  amount?: number;
  reference?: string;
  description?: string;
}
export interface UpdateAuthorizationInput extends CartInput {
  description?: string;
}
export interface OmBuilderOptions {
  /** Now, for the order's expiry: a Date or ms since 1970. Default Date.now(). */
  now?: Date | number;
}
/**
 * A capture body from the order as Klarna returns it: the lines' amounts computed (a line
 * captured in parts adds up exactly to the order line, each part within Klarna's tax formula),
 * `captured_amount` their sum, never past the remaining authorization or what is left of a line.
 * Throws KlarnaBuildError: 'input' with the input path (`lines[1].quantity`), or 'invalid' with
 * the report of what Klarna would refuse (a cancelled or expired order).
 */
export declare function buildCapture(order: KlarnaOrder, input: CaptureInput, options?: OmBuilderOptions): CaptureRequest;
/** A refund body: the same, within what was captured and not yet refunded. */
export declare function buildRefund(order: KlarnaOrder, input: RefundInput, options?: OmBuilderOptions): RefundRequest;
/** An authorization update from a new cart (the cart builder's input and math); never below what
 * was captured. An increase is built, with Klarna's `authorization_increase` warning left to checkAgainstOrder. */
export declare function buildUpdateAuthorization(order: KlarnaOrder, cart: UpdateAuthorizationInput, options?: OmBuilderOptions): UpdateAuthorizationRequest;

/** Remembers each `Klarna-Idempotency-Key`'s first body: a later use of the key with another
 * body within 24 hours is an `idempotency_key_reused` warning (Klarna would answer with the
 * first call's result and not run it). */
export interface IdempotencyLedger {
  /** A fresh key (UUID v4). */
  newKey(): string;
  /** Records the key's first use, or checks a later one against it. */
  use(key: string, body: unknown): Report;
  forget(key: string): void;
}
export declare function createIdempotencyLedger(options?: { now?: () => number }): IdempotencyLedger;

// ---- Flow helpers ----------------------------------------------------------------------------

export interface Mismatch { path: string; change: 'changed' | 'added' | 'removed' | 'count'; message: string }
export interface Comparison {
  matching: boolean;
  mismatches: Mismatch[];
  /** What Klarna would answer: 'Not matching fields: [billing_address.postal_code]'. */
  klarna_message: string | null;
}
/** The authorize() payload vs the create-order / create-customer-token one. Throws TypeError on malformed JSON. */
export declare function compareWithAuthorization(authorized: unknown, later: unknown): Comparison;

export interface TimeWindow { open: boolean; remaining_ms: number; expires_at_ms: number }
/** 60 minutes after authorize() succeeded. `now` defaults to Date.now(). */
export declare function authorizationWindow(authorizedAt: Date | number, now?: Date | number): TimeWindow;
/** 48 hours after the session was created. */
export declare function sessionWindow(createdAt: Date | number, now?: Date | number): TimeWindow;

export type Intent = 'buy' | 'tokenize' | 'buy_and_tokenize';
export type ApiCall = 'create_order' | 'create_customer_token' | 'token_order';
export declare function allowedCalls(intent: Intent): ApiCall[];
/** null when allowed, else Klarna's answer, e.g. { error_code: 'INVALID_OPERATION', message: 'Not allowed to create customer tokens for intent buy.' }. */
export declare function checkIntent(intent: Intent, call: ApiCall): { error_code: string; message: string } | null;
/** A UUID v4 for the Klarna-Idempotency-Key header of token orders. */
export declare function newIdempotencyKey(): string;

export interface OrderResponse {
  order_id: string;
  fraud_status: 'ACCEPTED' | 'PENDING';
  redirect_url?: string;
  authorized_payment_method?: { type: string; number_of_days?: number; number_of_installments?: number };
  /** false while PENDING: wait for Klarna's notification before capturing. */
  capture_allowed: boolean;
}
export interface TokenCreationResponse { token_id: string; redirect_url?: string; payment_method_reference?: string; billing_address?: Address; customer?: Record<string, unknown> }
export interface CustomerTokenResponse { payment_method_type: string; status: string; card?: Record<string, unknown>; direct_debit?: Record<string, unknown> }
export declare function parseOrderResponse(body: unknown): OrderResponse;
export declare function parseTokenCreationResponse(body: unknown): TokenCreationResponse;
export declare function parseCustomerTokenResponse(body: unknown): CustomerTokenResponse;

export type KlarnaAction = 'fix_payload' | 'reauthorize' | 'create_new_token' | 'check_token' | 'change_intent' | 'retry_later'
  | 'check_order_state' | 'check_order_id' | 'refund_instead';
export interface ParsedKlarnaError {
  error_code: string;
  error_messages: string[];
  correlation_id: string | null;
  http_status: number | null;
  /** Paths named in the messages: 'order_lines[2].total_tax_amount', the fields of 'Not matching fields: [...]'. */
  paths: string[];
  retryable: boolean;
  action: KlarnaAction;
  explanation: string;
}
/** Never throws: any body (even an HTML error page) gives a classified error. */
export declare function parseKlarnaError(body: unknown, httpStatus?: number): ParsedKlarnaError;

// ---- Editors and pickers ---------------------------------------------------------------------

/**
 * Where the value at a violation's `path` sits in a JSON text, in UTF-16 code units (what a
 * textarea selection counts). A missing field gives its nearest existing ancestor; null when
 * the text is malformed before the path.
 */
export declare function locatePath(jsonText: string, path: string): { start: number; end: number } | null;

/** Klarna's markets as the rules know them: country → local currency → locales (first is the default). */
export declare function markets(): { country: string; currency: string; locales: string[] }[];
