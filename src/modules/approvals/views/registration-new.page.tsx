import {
  ErrorSummary,
  Form,
  RadioGroup,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import { licenceKinds } from '../licences.model.ts';
import type { RegistrationWindow } from '../registration.service.ts';
import { MaterialChecks, type MaterialChoice } from './case-applicant.tsx';

/** /staff/approvals/registrations/new: one form and one set of materials (五证合一). */
export function RegistrationNewPage(props: {
  form: FormState;
  windows: RegistrationWindow[];
  materials: MaterialChoice[];
}) {
  const { t } = useView();
  const { form } = props;
  const single = props.windows.length === 1 ? props.windows[0] : undefined;
  return (
    <StaffLayout title={t('registration.title')} system="powers">
      <ErrorSummary errors={form.errors} />
      <h1>{t('registration.title')}</h1>
      <p>{t('registration.intro')}</p>
      <Form action="/staff/approvals/registrations/new">
        {single ? (
          <>
            <input type="hidden" name="window" value={String(single.id)} />
            <p>
              {t('registration.window')}：{single.centerName} {single.number} {single.name}
            </p>
          </>
        ) : (
          <RadioGroup
            name="window"
            legend={t('registration.window')}
            state={form}
            options={props.windows.map((w) => ({
              value: String(w.id),
              label: `${w.centerName} ${w.number} ${w.name}`,
            }))}
          />
        )}
        <TextField name="name" label={t('registration.name')} state={form} />
        <RadioGroup
          name="kind"
          legend={t('registration.kind')}
          state={form}
          fallback="enterprise"
          options={licenceKinds.map((k) => ({ value: k, label: t(`licence.kind.${k}`) }))}
        />
        <TextField
          name="legalRepresentative"
          label={t('registration.legalRepresentative')}
          state={form}
        />
        <TextField name="idNumber" label={t('registration.idNumber')} state={form} />
        <TextField name="capital" label={t('registration.capital')} state={form} />
        <TextField name="address" label={t('registration.address')} state={form} />
        <TextField
          name="businessScope"
          label={t('registration.businessScope')}
          state={form}
          rows={4}
        />
        <TextField name="phone" type="tel" label={t('registration.phone')} state={form} />
        <MaterialChecks
          materials={props.materials}
          state={form}
          legend={t('registration.materials')}
          allByDefault
        />
        <button type="submit">{t('registration.submit')}</button>
      </Form>
    </StaffLayout>
  );
}
