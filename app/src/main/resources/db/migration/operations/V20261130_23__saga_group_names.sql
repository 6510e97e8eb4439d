-- The two sagas' processing groups are named like every other group (issue 23): message-delivery and
-- invoice-reminders instead of Axon's defaults. Their tokens keep their place in the log under the new names.
UPDATE token_entry SET processor_name = 'message-delivery' WHERE processor_name = 'MessageDeliverySagaProcessor';
UPDATE token_entry SET processor_name = 'invoice-reminders' WHERE processor_name = 'InvoiceReminderSagaProcessor';
