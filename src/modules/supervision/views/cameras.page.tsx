import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { CameraFormat } from '../cameras.model.ts';

export interface CameraView {
  id: number;
  name: string;
  streamUrl: string;
  format: CameraFormat;
}

export interface CenterCameras {
  code: string;
  name: string;
  cameras: CameraView[];
  canChange: boolean;
}

export interface CamerasPageProps {
  centers: CenterCameras[];
  /** Centers the actor may add a camera to (the form is shown when there is one). */
  addable: { code: string; name: string }[];
  state: FormState;
}

/** A camera: played in the page where the browser can (mp4, webm; HLS natively), always linked. */
function Camera(props: { camera: CameraView; canChange: boolean }) {
  const { t } = useView();
  const { camera } = props;
  const playable = camera.format === 'mp4' || camera.format === 'webm' || camera.format === 'hls';
  return (
    <li class="card">
      <h3>{camera.name}</h3>
      <p>
        {t('supervision.cameras.formatLabel', {
          format: t(`supervision.cameras.format.${camera.format}`),
        })}
      </p>
      {playable && (
        <video controls muted playsInline preload="none" src={camera.streamUrl}>
          {t('supervision.cameras.noVideo')}
        </video>
      )}
      {camera.format === 'hls' && <p>{t('supervision.cameras.hlsNote')}</p>}
      {!playable && <p>{t('supervision.cameras.linkOnly')}</p>}
      <p>
        <a href={camera.streamUrl} rel="noopener noreferrer">
          {t('supervision.cameras.open', { name: camera.name })}
        </a>
      </p>
      {props.canChange && (
        <Form action={`/staff/supervision/video/${camera.id}/remove`} class="inline-form">
          <button type="submit" class="link-button">
            {t('supervision.cameras.remove', { name: camera.name })}
          </button>
        </Form>
      )}
    </li>
  );
}

function AddCameraForm(props: { addable: CamerasPageProps['addable']; state: FormState }) {
  const { t } = useView();
  const { state } = props;
  const centerError = state.errors.find((e) => e.field === 'center');
  return (
    <section aria-labelledby="add-camera">
      <h2 id="add-camera">{t('supervision.cameras.add.title')}</h2>
      <Form action="/staff/supervision/video" class="form-page">
        <div class={centerError ? 'text-field field-error' : 'text-field'}>
          <label for="field-center">{t('supervision.cameras.field.center')}</label>
          {centerError && (
            <p class="error-message" id="field-center-error">
              {t(centerError.message, centerError.vars)}
            </p>
          )}
          <select
            id="field-center"
            name="center"
            aria-describedby={centerError ? 'field-center-error' : undefined}
            aria-invalid={centerError ? 'true' : undefined}
          >
            {props.addable.map((c) => (
              <option key={c.code} value={c.code} selected={c.code === state.values.center}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <TextField name="name" label={t('supervision.cameras.field.name')} state={state} />
        <TextField
          name="streamUrl"
          label={t('supervision.cameras.field.streamUrl')}
          hint={t('supervision.cameras.field.streamUrl.hint')}
          state={state}
        />
        <button type="submit">{t('supervision.cameras.add.submit')}</button>
      </Form>
    </section>
  );
}

/** /staff/supervision/video: each service center's cameras, played or linked; add and remove. */
export function CamerasPage(props: CamerasPageProps) {
  const { t } = useView();
  const title = t('supervision.cameras.title');
  const shown = props.centers.filter((c) => c.cameras.length > 0);
  return (
    <StaffLayout title={title} system="supervision">
      <p>
        <a href="/staff/supervision">{t('supervision.cameras.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="notice">{t('supervision.cameras.intro')}</p>
      <ErrorSummary errors={props.state.errors} />
      {props.centers.length === 0 && <p>{t('supervision.cameras.noCenters')}</p>}
      {props.centers.length > 0 && shown.length === 0 && <p>{t('supervision.cameras.none')}</p>}
      {shown.map((center) => (
        <section key={center.code} aria-labelledby={`center-${center.code}`}>
          <h2 id={`center-${center.code}`}>
            {t('supervision.cameras.caption', { center: center.name })}
          </h2>
          <ul class="cards camera-list">
            {center.cameras.map((camera) => (
              <Camera key={camera.id} camera={camera} canChange={center.canChange} />
            ))}
          </ul>
        </section>
      ))}
      {props.addable.length > 0 && <AddCameraForm addable={props.addable} state={props.state} />}
    </StaffLayout>
  );
}
